package org.dateline.store;

/**
 * One step of the schema: the SQL that takes a database from {@code version - 1} to {@code version}.
 *
 * @param version schema version after this step, counting from 1
 * @param name    the file it came from, e.g. {@code V1__articles.sql}, recorded in {@code schema_version}
 * @param sql     one or more SQL statements
 */
record Migration(int version, String name, String sql) {}
