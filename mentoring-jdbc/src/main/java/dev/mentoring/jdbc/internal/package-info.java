/**
 * The JDBC store's machinery, not exported: the SQL dialects, the table descriptions, one
 * transaction with its repositories, the JSON codec of the bodies and the schema migration.
 */
@NullMarked
package dev.mentoring.jdbc.internal;

import org.jspecify.annotations.NullMarked;
