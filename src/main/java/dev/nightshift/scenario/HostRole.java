package dev.nightshift.scenario;

import java.util.Locale;
import java.util.Optional;

/** What a host is for: a user's workstation or a server of one role; scenario files name roles as {@code role:<word>}. */
public enum HostRole {
    WORKSTATION, DOMAIN_CONTROLLER, FILE_SERVER, WEB_SERVER, DATABASE_SERVER, MAIL_SERVER, REMOTE_ACCESS, LINUX_SERVER,
    BACKUP_SERVER;

    /** The word used in scenario files, e.g. {@code domain-controller}, {@code remote-access}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isWindows() {
        return this != LINUX_SERVER;
    }

    public static Optional<HostRole> parse(String word) {
        for (HostRole role : values()) {
            if (role.word().equals(word)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
