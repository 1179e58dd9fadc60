/**
 * Mentoring SDK export: meetings as iCalendar (RFC 5545) events and program reports as CSV (RFC
 * 4180), written with maintained libraries for those formats.
 */
module dev.mentoring.export {
  requires transitive dev.mentoring.core;
  requires static transitive org.jspecify;
  requires transitive org.apiguardian.api;
  requires ical4j.core;
  requires org.apache.commons.csv;

  exports dev.mentoring.export;
}
