package dev.nightshift.world;

import java.util.Objects;

/** An employee of the simulated organisation: their name, logon name ({@code j.smith}), job, domain SID and workstation. */
public record User(String username, String fullName, String department, String title, String sid, String workstation) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(workstation, "workstation");
        if (!username.matches("[a-z][a-z0-9.-]{0,19}")) {
            throw new IllegalArgumentException("a username is 1 to 20 lower-case letters, digits, '.' or '-': " + username);
        }
    }

    /** Whether this user works in IT and so administers servers (RDP, SSH). */
    public boolean isIt() {
        return department.equals("IT");
    }
}
