/**
 * The MITRE ATT&CK Enterprise catalogue (v18.1): techniques, sub-techniques and tactics, read once from
 * the resource {@code /attack/enterprise-attack-18.1.json}, which nightshift ships in its own format with
 * MITRE's notice. Scenarios name their stages by technique id, rules tag them, and the score card is
 * broken down by them.
 */
package dev.nightshift.attack;
