package dev.nightshift.detection;

/** Whether a Sigma rule matches single events (detection) or counts the matches of other rules (correlation). */
public enum RuleKind { DETECTION, CORRELATION }
