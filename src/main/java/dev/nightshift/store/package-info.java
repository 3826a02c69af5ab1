/**
 * Persistence in an H2 file database under {@code $NIGHTSHIFT_HOME}, or on a shared PostgreSQL server given by
 * {@code NIGHTSHIFT_DB_URL}: schema migrations, sessions and their action journals, so a session survives a restart.
 * Work happens in durable units ({@link dev.nightshift.store.SessionStore#exclusively}); what differs between the two
 * databases (locks, sync, types) is in one class, {@code Dialect}.
 */
package dev.nightshift.store;
