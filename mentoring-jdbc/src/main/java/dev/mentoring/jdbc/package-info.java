/**
 * A {@link dev.mentoring.core.spi.MentoringStore} on plain JDBC, for PostgreSQL in production and
 * H2 embedded: {@link dev.mentoring.jdbc.JdbcMentoringStore}, built from a {@link
 * javax.sql.DataSource} that the host supplies, and {@link dev.mentoring.jdbc.JdbcStoreException},
 * which carries a failure of the database.
 *
 * <h2>Storage shape</h2>
 *
 * <p>Rows hold keys, versions and indexes; the aggregate body is the documented JSON shape. Each
 * aggregate (programs, enrollments, pairs, goals, meetings, surveys, survey responses, resources)
 * has one table, named {@code mentoring_<aggregate>s}, whose row holds the aggregate's id (primary
 * key), its optimistic {@code version}, the columns that the repository queries look up (program,
 * participant, mentor, mentee, pair, owner, series, survey, respondent), each indexed, and a {@code
 * body} column holding the whole aggregate as text in the shape that {@code dev.mentoring.json}
 * documents, written and read by the Jackson 3 module {@code
 * dev.mentoring.jackson.MentoringModule}. The body is text, not PostgreSQL {@code jsonb}, which
 * would reorder its keys. The reminder log is the table {@code mentoring_sent_reminders} (key,
 * recipient, time). A participant has at most one enrollment per program and a respondent one
 * response per survey, pair and subject: both are unique constraints. Foreign keys tie every row to
 * its program, and goals, meetings and responses to their pair or survey.
 *
 * <h2>Schema</h2>
 *
 * <p>The schema is created and changed by versioned Flyway migrations, in the resources {@code
 * META-INF/mentoring-jdbc/migration/h2} and {@code .../postgresql}, recorded in a history table of
 * their own, {@code mentoring_schema_history}, so that they live beside a host's own tables and
 * migrations without touching them. By default the store applies them when it is built; a host that
 * applies migrations itself (at deployment, under a privileged account) calls {@link
 * dev.mentoring.jdbc.JdbcMentoringStore#migrate(javax.sql.DataSource)} and builds the store with
 * {@code migrate(false)}.
 */
@NullMarked
package dev.mentoring.jdbc;

import org.jspecify.annotations.NullMarked;
