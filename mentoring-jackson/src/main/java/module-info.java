/**
 * Mentoring SDK for Jackson 3: {@link dev.mentoring.jackson.MentoringModule} reads and writes every
 * Mentoring SDK value in the shape documented in {@code dev.mentoring.json}, byte-identical to the
 * Jackson 2 module.
 */
module dev.mentoring.jackson {
  requires transitive dev.mentoring.json;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires static transitive org.jspecify;
  requires transitive org.apiguardian.api;

  exports dev.mentoring.jackson;

  provides tools.jackson.databind.JacksonModule with
      dev.mentoring.jackson.MentoringModule;
}
