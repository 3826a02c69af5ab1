package dev.nightshift.world;

import java.time.LocalTime;
import java.util.Objects;

/**
 * An employee of the simulated organisation: their name, logon name ({@code j.smith}), job, domain SID and
 * workstation, their manager's username (empty for the top), office, usual working hours (office time) and
 * how often they work over the VPN (percent of days).
 */
public record User(String username, String fullName, String department, String title, String sid, String workstation,
                   String manager, String office, LocalTime workStart, LocalTime workEnd, int vpnHabit) implements java.io.Serializable {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(workstation, "workstation");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(workStart, "workStart");
        Objects.requireNonNull(workEnd, "workEnd");
        manager = manager == null ? "" : manager;
        if (!username.matches("[a-z][a-z0-9.-]{0,19}")) {
            throw new IllegalArgumentException("a username is 1 to 20 lower-case letters, digits, '.' or '-': " + username);
        }
        if (!workStart.isBefore(workEnd)) {
            throw new IllegalArgumentException("work hours must start before they end");
        }
        if (vpnHabit < 0 || vpnHabit > 100) {
            throw new IllegalArgumentException("vpn habit is a percentage, got " + vpnHabit);
        }
    }

    /** Whether this user works in IT and so administers servers (RDP, SSH). */
    public boolean isIt() {
        return department.equals("IT");
    }

    /** The email address in {@code domain}'s mail domain, e.g. {@code j.smith@harbourfinch.com}. */
    public String email(String mailDomain) {
        return username + "@" + mailDomain;
    }
}
