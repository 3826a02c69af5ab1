-- Every statement of every script can run again: H2 commits each DDL statement on its own, so a script cut
-- short (a full disk, a crash) is simply applied again from its start.
-- What a user types has no length limit a user can reach: a journaled action (a long search, a long note), a
-- scenario path and a candidate name are large objects. Every journal entry carries a CRC-32 of its sequence number
-- and text, so a damaged entry is reported as such instead of replaying into a different shift.
ALTER TABLE journal ALTER COLUMN action SET DATA TYPE CHARACTER LARGE OBJECT;
ALTER TABLE journal ADD COLUMN IF NOT EXISTS checksum BIGINT;
ALTER TABLE session ALTER COLUMN scenario SET DATA TYPE CHARACTER LARGE OBJECT;
ALTER TABLE session ALTER COLUMN candidate SET DATA TYPE CHARACTER LARGE OBJECT
