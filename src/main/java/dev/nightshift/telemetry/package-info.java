/**
 * Telemetry: {@link dev.nightshift.telemetry.Telemetry#open} turns a scenario and its world into one pull-style,
 * time-ordered {@link dev.nightshift.telemetry.TelemetryStream}. Inside, a discrete-event schedule ordered by
 * (time, sequence) merges three kinds of generator, each found by the key a scenario names it with: noise sources
 * ({@code NoiseSources}: Windows Security logons and audit events, Sysmon, sshd, DNS, web proxy, firewall, VPN,
 * identity-provider sign-ins, CloudTrail, email gateway), driven along each office's day with heavy-tailed activity
 * across people, bursts and fixed-period jobs; look-alikes ({@code Lookalikes}) built to trip rules; and attack
 * stages played by emitters ({@code Emitters}, one per kind, each technique with a default) that ask the game's
 * {@link dev.nightshift.telemetry.Containment} before every event, stop once their host, user or IP is contained,
 * and may spread to more hosts. Generators schedule only what is due next, so a run of any length streams in
 * constant memory. Each source and stage draws from its own named random stream, so a seed gives the same events
 * on any machine and adding a source changes no other. Events carry native field names (Sigma taxonomy) under the
 * Sigma logsource a SIEM would give them (a Security 4688 is {@code process_creation} too, with the Sysmon names its
 * mapping adds) and a hidden {@link dev.nightshift.telemetry.Truth}; benign and attack events are drawn from the same
 * distributions wherever the attack itself does not differ (process ids, object keys, client names, logon GUIDs), so
 * no field tells them apart by an artefact of the generator;
 * {@link dev.nightshift.telemetry.JsonLinesFormat} writes them without it and
 * {@link dev.nightshift.telemetry.Generator} writes the truth separately, keyed by event index.
 */
package dev.nightshift.telemetry;
