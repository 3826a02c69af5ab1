/**
 * The simulated organisation built from a scenario and a seed: users, hosts, offices, subnets, egress and external IPs with geo. Built once per run with Datafaker from a seeded stream.
 */
package dev.nightshift.world;
