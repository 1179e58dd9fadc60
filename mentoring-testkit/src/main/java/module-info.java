/**
 * Mentoring SDK testkit: seeded generators and synthetic organisations, conformance kits that
 * certify stores, notifiers, matching strategies and JSON modules, fakes for tests, and a research
 * harness that compares matching strategies.
 */
module dev.mentoring.testkit {
  requires transitive dev.mentoring.core;
  requires transitive dev.mentoring.matching;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires static transitive org.jspecify;
  requires transitive org.apiguardian.api;

  exports dev.mentoring.testkit.generate;
  exports dev.mentoring.testkit.contract;
  exports dev.mentoring.testkit.fake;
  exports dev.mentoring.testkit.assertions;
  exports dev.mentoring.testkit.research;

  // JUnit discovers and instantiates the kits' nested test classes reflectively.
  opens dev.mentoring.testkit.contract to
      org.junit.platform.commons;
}
