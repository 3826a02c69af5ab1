/**
 * The simulated organisation of one run, built by {@link dev.nightshift.world.World#build} from a scenario and a
 * seed: people with usernames, departments, titles, managers, usual working hours, VPN habits and domain SIDs; a
 * workstation each in their {@link dev.nightshift.world.Office office}'s subnet; offices with their time zones and
 * egress addresses; servers by {@link dev.nightshift.scenario.HostRole role} (domain controller, file, web,
 * database, mail, backup, remote desktop gateway, Linux) in a server subnet; service accounts; VPN exit nodes;
 * home broadband addresses; and a pool of external addresses in the public documentation ranges, geolocated to
 * real cities with coordinates. Datafaker values and every other draw are made here, once, from named
 * {@code world} streams (a new attribute draws from a new stream, so older ones keep their values); the telemetry
 * only reads them. The same seed always gives the same world.
 */
package dev.nightshift.world;
