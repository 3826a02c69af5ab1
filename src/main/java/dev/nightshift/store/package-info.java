/**
 * Persistence in an H2 file database under {@code $NIGHTSHIFT_HOME}: schema migrations, sessions and their action journals, so a session survives a restart.
 */
package dev.nightshift.store;
