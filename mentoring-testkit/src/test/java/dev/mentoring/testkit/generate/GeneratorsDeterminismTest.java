package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generator is a function of its seed and size: within one run (equal values), across runs
 * and machines (fingerprints pinned below), and it makes different values for different seeds.
 */
class GeneratorsDeterminismTest {
  private static final int[] SIZES = {0, 1, 4, 12};

  /**
   * Fingerprints of each generator's values for seeds 0 to 9 at size 6, recorded on JDK 17. They
   * pin what a seed means: a host that logs a failing seed must get the same value on another
   * machine or JDK. A generator change that alters them is a deliberate one; update the table and
   * mention it in the release notes.
   */
  private static final Map<String, String> FINGERPRINTS = fingerprints();

  @TestFactory
  Stream<DynamicTest> sameSeedAndSize_equalValues() {
    return Catalogue.all().entrySet().stream()
        .map(
            e ->
                dynamicTest(
                    e.getKey(),
                    () -> {
                      for (int size : SIZES) {
                        for (long seed = 0; seed < 20; seed++) {
                          Object value = e.getValue().generate(seed, size);
                          assertThat(value)
                              .isNotNull()
                              .isEqualTo(e.getValue().generate(seed, size));
                        }
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> differentSeeds_differentValues() {
    return Catalogue.all().entrySet().stream()
        .map(
            e ->
                dynamicTest(
                    e.getKey(),
                    () -> {
                      Set<Object> values = new HashSet<>(e.getValue().generate(99L, 5, 20));
                      assertThat(values).as("distinct values of 20").hasSizeGreaterThan(1);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> fingerprint_isTheRecordedOne() {
    return Catalogue.all().entrySet().stream()
        .map(
            e ->
                dynamicTest(
                    e.getKey(),
                    () -> {
                      List<?> values = e.getValue().generate(0L, 6, 10);
                      assertThat(Canonical.fingerprint(values))
                          .as("fingerprint of %s", e.getKey())
                          .isEqualTo(FINGERPRINTS.get(e.getKey()));
                    }));
  }

  @Test
  void everyGeneratorHasAFingerprint() {
    assertThat(FINGERPRINTS.keySet()).containsExactlyInAnyOrderElementsOf(Catalogue.all().keySet());
  }

  private static Map<String, String> fingerprints() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("DomainGenerators.actors", "52d8d69da1a3d4eb");
    f.put("DomainGenerators.answers", "79aa552a169c867f");
    f.put("DomainGenerators.applications", "083dfb3958e2933a");
    f.put("DomainGenerators.availabilities", "a90efdeda8a4b314");
    f.put("DomainGenerators.contributions", "ec1f0d9a61c79272");
    f.put("DomainGenerators.enrollmentForms", "ae8f7211d118092b");
    f.put("DomainGenerators.enrollmentIds", "72810432998cf4eb");
    f.put("DomainGenerators.enrollments", "8999eb3795afeec6");
    f.put("DomainGenerators.erasureReports", "ba9a7759a59d556e");
    f.put("DomainGenerators.explanations", "7e555a7580463331");
    f.put("DomainGenerators.matchingPolicies", "bf6fb33410fe29f2");
    f.put("DomainGenerators.matchingRuns", "2c9debed54877f32");
    f.put("DomainGenerators.meetingCadences", "6b5dbbf4905794ec");
    f.put("DomainGenerators.pairExits", "595f96f7bed2baea");
    f.put("DomainGenerators.pairIds", "a445cd61524e599c");
    f.put("DomainGenerators.pairs", "57f3315c025e3c3e");
    f.put("DomainGenerators.participantData", "60e4eac06a5c01e3");
    f.put("DomainGenerators.participantIds", "95c8829856364ffa");
    f.put("DomainGenerators.preferences", "434a1a70df8a2316");
    f.put("DomainGenerators.profiles", "adaa4e7bc55725bc");
    f.put("DomainGenerators.programIds", "32de71e6c718385a");
    f.put("DomainGenerators.programSpecs", "a5f4d1fad075f781");
    f.put("DomainGenerators.programs", "52ad393c8ddb6805");
    f.put("DomainGenerators.questions", "03e7b188984d4679");
    f.put("DomainGenerators.reminderPolicies", "cdd6fceeeaac6570");
    f.put("DomainGenerators.schedules", "0e28ef5a485bf9c4");
    f.put("DomainGenerators.sentReminders", "ab7fe9e39af897f0");
    f.put("DomainGenerators.skills", "492c02244eccdb90");
    f.put("DomainGenerators.violations", "be1ccdc6d352566c");
    f.put("EventGenerators.enrollmentDecided", "b2859414d3a4ebbb");
    f.put("EventGenerators.enrollmentStatusChanged", "bb0c93fab8a59a3f");
    f.put("EventGenerators.enrollmentSubmitted", "d389d13508cbebe6");
    f.put("EventGenerators.enrollmentUpdated", "0d606f988db1227e");
    f.put("EventGenerators.events", "0f0540ac425f3bae");
    f.put("EventGenerators.matchConfirmed", "750f1e6a4eb3a534");
    f.put("EventGenerators.matchProposed", "fc9dd8dc7739f919");
    f.put("EventGenerators.notifications", "26ae816290220147");
    f.put("EventGenerators.pairApproved", "d05a590574977c94");
    f.put("EventGenerators.pairProposed", "8fc8cc6d1b86c545");
    f.put("EventGenerators.pairStatusChanged", "ff6cd693430177fa");
    f.put("EventGenerators.participantErased", "296d161e23d4f244");
    f.put("EventGenerators.programCreated", "ebd53ecf74db56da");
    f.put("EventGenerators.programPhaseChanged", "a27008236b2c6488");
    f.put("EventGenerators.programStatusChanged", "eae56e4235e62bea");
    f.put("EventGenerators.programUpdated", "a70578ec57c27c34");
    f.put("EventGenerators.proposalAwaitingAnswer", "8765cfe651e6198a");
    f.put("EventGenerators.proposalExpiring", "a43ed1e42d8fd96b");
    f.put("MatchingGenerators.candidatePairs", "0e253820320d9890");
    f.put("MatchingGenerators.exclusions", "cf2ebc86d32013b2");
    f.put("MatchingGenerators.feasibilityReports", "1104d3f32c688d59");
    f.put("MatchingGenerators.matchingEvaluations", "d0d0e9ca3fcd2965");
    f.put("MatchingGenerators.matchingProblems", "817c50bd9b23ab7d");
    f.put("MatchingGenerators.matchingResults", "b0ef529fa77c8b99");
    f.put("MatchingGenerators.pairExplanations", "7856d7261297350f");
    f.put("MatchingGenerators.proposals", "728db80a6fe65c96");
    f.put("MatchingGenerators.recommendations", "361badef59b1c0b9");
    f.put("MatchingGenerators.segmentSummaries", "7663faf0fb558f71");
    f.put("DomainGenerators.constants(ExitReason)", "b0fedf8491783ebb");
    f.put("DomainGenerators.subsets(Consent)", "2c20897a60c47010");
    f.put("DomainGenerators.applications(ProgramSpec)", "96012464c263db38");
    return f;
  }
}
