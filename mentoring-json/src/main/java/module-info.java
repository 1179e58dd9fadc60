/**
 * Mentoring SDK JSON: the one definition of the JSON shape of every Mentoring SDK value, shared by
 * the Jackson 3 module ({@code dev.mentoring.jackson}) and the Jackson 2 module ({@code
 * dev.mentoring.jackson2}). It depends on no JSON library: the codecs write to a small writer
 * interface and read from a small immutable tree, which each Jackson module adapts.
 */
@SuppressWarnings("module") // the friend modules are built after this one
module dev.mentoring.json {
  requires transitive dev.mentoring.core;
  requires transitive dev.mentoring.matching;
  requires static transitive org.jspecify;
  requires transitive org.apiguardian.api;

  exports dev.mentoring.json;
  exports dev.mentoring.json.internal to
      dev.mentoring.jackson,
      dev.mentoring.jackson2;
}
