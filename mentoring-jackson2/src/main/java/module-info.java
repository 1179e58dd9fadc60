/**
 * Mentoring SDK for Jackson 2: {@link dev.mentoring.jackson2.MentoringModule} reads and writes
 * every Mentoring SDK value in the shape documented in {@code dev.mentoring.json}, byte-identical
 * to the Jackson 3 module.
 */
@SuppressWarnings("module") // "jackson2" ends in a digit on purpose: it names the Jackson major
module dev.mentoring.jackson2 {
  requires transitive dev.mentoring.json;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires static transitive org.jspecify;
  requires transitive org.apiguardian.api;

  exports dev.mentoring.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      dev.mentoring.jackson2.MentoringModule;
}
