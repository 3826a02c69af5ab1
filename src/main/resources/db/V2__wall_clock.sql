-- A session played at real-time pace remembers the wall-clock millisecond it began, so every process that
-- continues it computes the same simulated "now".
ALTER TABLE session ADD COLUMN IF NOT EXISTS wall_started BIGINT
