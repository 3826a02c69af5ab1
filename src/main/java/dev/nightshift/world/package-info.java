/**
 * The simulated organisation of one run, built by {@link dev.nightshift.world.World#build} from a scenario and a
 * seed: people with usernames, departments, titles and domain SIDs, a workstation each in one office subnet,
 * servers by {@link dev.nightshift.scenario.HostRole role} (domain controller, file, web, database, mail, remote
 * desktop gateway, Linux) in a server subnet, service accounts, and a pool of external addresses in the public
 * documentation ranges. Datafaker values are all drawn here, once, from the {@code world} stream; the telemetry
 * only reads them. The same seed always gives the same world.
 */
package dev.nightshift.world;
