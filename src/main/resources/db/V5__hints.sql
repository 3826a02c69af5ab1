-- Whether the trainee may ask for the scenario's hints: on for practice, off for an assessment (the assessment
-- server creates its sessions with hints off).
ALTER TABLE session ADD COLUMN IF NOT EXISTS hints BOOLEAN DEFAULT TRUE NOT NULL
