-- Mentoring SDK schema, version 1 (H2).
--
-- One table per aggregate. A row holds the aggregate's id, its optimistic version, the key
-- columns its repository's queries look up (each indexed), and the aggregate itself in "body":
-- the documented mentoring-json shape, kept as text (CHARACTER VARYING: up to 1,048,576 characters).
-- Identifiers compare as Java strings do (H2 without a collation).

CREATE TABLE mentoring_programs (
  id      VARCHAR(200) PRIMARY KEY,
  version BIGINT NOT NULL,
  body    CHARACTER VARYING NOT NULL
);

CREATE TABLE mentoring_enrollments (
  id             VARCHAR(200) PRIMARY KEY,
  version        BIGINT NOT NULL,
  program_id     VARCHAR(200) NOT NULL REFERENCES mentoring_programs (id),
  participant_id VARCHAR(200) NOT NULL,
  body           CHARACTER VARYING NOT NULL,
  CONSTRAINT mentoring_enrollments_membership UNIQUE (program_id, participant_id)
);
CREATE INDEX mentoring_enrollments_participant ON mentoring_enrollments (participant_id);

CREATE TABLE mentoring_pairs (
  id         VARCHAR(200) PRIMARY KEY,
  version    BIGINT NOT NULL,
  program_id VARCHAR(200) NOT NULL REFERENCES mentoring_programs (id),
  mentor_id  VARCHAR(200) NOT NULL,
  mentee_id  VARCHAR(200) NOT NULL,
  body       CHARACTER VARYING NOT NULL
);
CREATE INDEX mentoring_pairs_program ON mentoring_pairs (program_id);
CREATE INDEX mentoring_pairs_mentor ON mentoring_pairs (mentor_id);
CREATE INDEX mentoring_pairs_mentee ON mentoring_pairs (mentee_id);

CREATE TABLE mentoring_goals (
  id         VARCHAR(200) PRIMARY KEY,
  version    BIGINT NOT NULL,
  program_id VARCHAR(200) NOT NULL REFERENCES mentoring_programs (id),
  pair_id    VARCHAR(200) NOT NULL REFERENCES mentoring_pairs (id),
  owner_id   VARCHAR(200) NOT NULL,
  body       CHARACTER VARYING NOT NULL
);
CREATE INDEX mentoring_goals_program ON mentoring_goals (program_id);
CREATE INDEX mentoring_goals_pair ON mentoring_goals (pair_id);
CREATE INDEX mentoring_goals_owner ON mentoring_goals (owner_id);

CREATE TABLE mentoring_meetings (
  id         VARCHAR(200) PRIMARY KEY,
  version    BIGINT NOT NULL,
  program_id VARCHAR(200) NOT NULL REFERENCES mentoring_programs (id),
  pair_id    VARCHAR(200) NOT NULL REFERENCES mentoring_pairs (id),
  series_id  VARCHAR(200),
  body       CHARACTER VARYING NOT NULL
);
CREATE INDEX mentoring_meetings_program ON mentoring_meetings (program_id);
CREATE INDEX mentoring_meetings_pair ON mentoring_meetings (pair_id);
CREATE INDEX mentoring_meetings_series ON mentoring_meetings (series_id);

CREATE TABLE mentoring_surveys (
  id         VARCHAR(200) PRIMARY KEY,
  version    BIGINT NOT NULL,
  program_id VARCHAR(200) NOT NULL REFERENCES mentoring_programs (id),
  body       CHARACTER VARYING NOT NULL
);
CREATE INDEX mentoring_surveys_program ON mentoring_surveys (program_id);

-- pair_key and subject_key encode a nullable pair and subject as never-null text ('-' for none,
-- '+' followed by the value otherwise), so that the uniqueness of a respondent's response counts
-- a missing pair or subject as one value, as the storage SPI requires.
CREATE TABLE mentoring_survey_responses (
  id            VARCHAR(200) PRIMARY KEY,
  version       BIGINT NOT NULL,
  program_id    VARCHAR(200) NOT NULL REFERENCES mentoring_programs (id),
  survey_id     VARCHAR(200) NOT NULL REFERENCES mentoring_surveys (id),
  respondent_id VARCHAR(200) NOT NULL,
  pair_id       VARCHAR(200),
  pair_key      CHARACTER VARYING NOT NULL,
  subject_key   CHARACTER VARYING NOT NULL,
  body          CHARACTER VARYING NOT NULL,
  CONSTRAINT mentoring_survey_responses_authorship
    UNIQUE (survey_id, respondent_id, pair_key, subject_key)
);
CREATE INDEX mentoring_survey_responses_program ON mentoring_survey_responses (program_id);
CREATE INDEX mentoring_survey_responses_pair ON mentoring_survey_responses (pair_id);
CREATE INDEX mentoring_survey_responses_respondent ON mentoring_survey_responses (respondent_id);

CREATE TABLE mentoring_resources (
  id         VARCHAR(200) PRIMARY KEY,
  version    BIGINT NOT NULL,
  program_id VARCHAR(200) NOT NULL REFERENCES mentoring_programs (id),
  body       CHARACTER VARYING NOT NULL
);
CREATE INDEX mentoring_resources_program ON mentoring_resources (program_id);

-- The reminders handed out; sent_at is split into epoch seconds and nanoseconds so that an
-- instant reads back exactly.
CREATE TABLE mentoring_sent_reminders (
  reminder_key   CHARACTER VARYING PRIMARY KEY,
  recipient_id   VARCHAR(200) NOT NULL,
  sent_at_second BIGINT NOT NULL,
  sent_at_nano   INTEGER NOT NULL
);
CREATE INDEX mentoring_sent_reminders_recipient ON mentoring_sent_reminders (recipient_id);
