-- Every journal entry remembers the wall-clock millisecond it was written (epoch milliseconds, UTC), so a result
-- file can show when each action was taken in real time beside the simulated time it was taken at. Entries written
-- before this script have none (NULL).
ALTER TABLE journal ADD COLUMN IF NOT EXISTS wall_at BIGINT
