package dev.mentoring.cli;

/**
 * A piece of a participant's profile and the configuration key that names its CSV column. Only
 * {@link #ID} is required; the others are read when the file has the column.
 */
enum Column {
  /** The participant's id, such as an e-mail address; compared case-insensitively. */
  ID("id", "Email", true, true),
  /** The department or function. */
  DEPARTMENT("department", "Department", true, true),
  /** The office or city. */
  LOCATION("location", "Office", true, true),
  /** A time-zone region such as {@code Europe/Berlin}, or an offset such as {@code +05:30}. */
  TIME_ZONE("time-zone", "Time zone", true, true),
  /** Languages spoken, as BCP 47 tags such as {@code en} or {@code pt-BR}; several per cell. */
  LANGUAGES("languages", "Languages", true, true),
  /** A seniority level, a whole number from 0 to 20. */
  SENIORITY("seniority", "Level", true, true),
  /** The manager chain, direct manager first; several ids per cell. */
  MANAGERS("managers", "Managers", true, true),
  /** Skills a mentor offers, {@code Name} or {@code Name:level} (level 1 to 5); mentors only. */
  SKILLS_OFFERED("skills.offered", "Can teach", true, false),
  /** Skills a mentee seeks, {@code Name} or {@code Name:level} (level 1 to 5); mentees only. */
  SKILLS_SOUGHT("skills.sought", "Wants to learn", false, true),
  /** Topics and interests; several per cell. */
  TOPICS("topics", "Interests", true, true),
  /** How many mentees a mentor takes, a whole number from 0 to 100; mentors only. */
  CAPACITY("capacity", "Capacity", true, false),
  /** People the participant must not be paired with; several ids per cell. */
  EXCLUSIONS("exclusions", "Do not pair with", true, true),
  /** People the participant would like to be paired with; several ids per cell. */
  PREFERRED("preferred", "Would like to pair with", true, true);

  private final String key;
  private final String defaultHeader;
  private final boolean mentors;
  private final boolean mentees;

  Column(String key, String defaultHeader, boolean mentors, boolean mentees) {
    this.key = key;
    this.defaultHeader = defaultHeader;
    this.mentors = mentors;
    this.mentees = mentees;
  }

  /** Returns the configuration key, such as {@code column.skills.offered}. */
  String key() {
    return "column." + key;
  }

  /** Returns the header looked for when the configuration does not name one. */
  String defaultHeader() {
    return defaultHeader;
  }

  /** Tells whether the column is read from the mentors' file (or else, the mentees'). */
  boolean readFor(boolean mentor) {
    return mentor ? mentors : mentees;
  }
}
