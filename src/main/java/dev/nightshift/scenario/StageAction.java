package dev.nightshift.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** What an attack stage does and therefore emits; each kind names the entities it needs. */
public sealed interface StageAction {

    /** The kinds written in scenario files under {@code emits.kind}. */
    List<String> KINDS = List.of("password-spray", "remote-logon", "create-account");

    /** The word used in scenario files. */
    String kind();

    /** The entities (actor and target together) a stage of this kind must name. */
    Set<EntityKind> needs();

    /**
     * Failed logons against the stage's host from its IP, {@code attempts} usernames (existing and
     * made-up, the stage's user among them) about {@code interval} apart.
     */
    record PasswordSpray(int attempts, Duration interval, int logonType) implements StageAction {
        public PasswordSpray {
            if (attempts < 2 || attempts > 1000) {
                throw new IllegalArgumentException("attempts must be between 2 and 1000, got " + attempts);
            }
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("interval must be positive");
            }
            checkRemoteLogonType(logonType);
        }

        @Override
        public String kind() {
            return "password-spray";
        }

        @Override
        public Set<EntityKind> needs() {
            return Set.of(EntityKind.IP, EntityKind.HOST, EntityKind.USER);
        }
    }

    /** A successful logon of the stage's user on its host from its IP. */
    record RemoteLogon(int logonType) implements StageAction {
        public RemoteLogon {
            checkRemoteLogonType(logonType);
        }

        @Override
        public String kind() {
            return "remote-logon";
        }

        @Override
        public Set<EntityKind> needs() {
            return Set.of(EntityKind.IP, EntityKind.HOST, EntityKind.USER);
        }
    }

    /** The stage's user creates (4720) and enables (4722) a new account on its host, a domain controller. */
    record CreateAccount(String account) implements StageAction {
        private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");

        public CreateAccount {
            Objects.requireNonNull(account, "account");
            if (!ACCOUNT.matcher(account).matches()) {
                throw new IllegalArgumentException("account must be 1 to 20 letters, digits, '.', '_' or '-', got " + account);
            }
        }

        @Override
        public String kind() {
            return "create-account";
        }

        @Override
        public Set<EntityKind> needs() {
            return Set.of(EntityKind.HOST, EntityKind.USER);
        }
    }

    private static void checkRemoteLogonType(int logonType) {
        if (logonType != 3 && logonType != 10) {
            throw new IllegalArgumentException("logon_type must be 3 (network) or 10 (remote interactive), got " + logonType);
        }
    }
}
