package dev.nightshift.assess;

import dev.nightshift.game.Role;
import java.util.Optional;
import java.util.Set;

/**
 * What a candidate's shell offers: the game commands of their role and nothing that reads or writes the server's
 * files, shows the scenario, the seed, the truth, another session or the score. Hints are a game command only when
 * the assessment turns them on; proctored assessments keep them off.
 */
public final class CandidatePolicy {

    private static final Set<String> ANALYST = Set.of("status", "wait", "next", "alerts", "alert", "search", "triage",
            "escalate", "contain", "release", "technique", "end");
    private static final Set<String> ENGINEER = Set.of("status", "search", "technique", "rule tickets", "rule list",
            "rule show", "rule tune", "rule disable", "rule test", "rule diff", "rule deploy", "end");
    private static final Set<String> HINTS = Set.of("hint");
    private static final Set<String> READS_FILES = Set.of("rule new", "rule edit");
    /** The commands that end a candidate's session: the server answers them itself, without the score card. */
    public static final Set<String> FINISHING = Set.of("end", "rule deploy");
    private final Role role;
    private final boolean hints;

    private CandidatePolicy(Role role, boolean hints) {
        this.role = role;
        this.hints = hints;
    }

    /** The policy of a proctored candidate: hints off. */
    public static CandidatePolicy proctored(Role role) {
        return new CandidatePolicy(role, false);
    }

    public Role role() {
        return role;
    }

    /** The commands this candidate may type, beside {@code help} and {@code exit}. */
    public Set<String> commands() {
        Set<String> out = new java.util.TreeSet<>(role == Role.ENGINEER ? ENGINEER : ANALYST);
        if (hints) {
            out.addAll(HINTS);
        }
        return out;
    }

    /** Why {@code command} (as the shell registered it, e.g. {@code rule tune}) is refused, or empty when allowed. */
    public Optional<String> refusal(String command) {
        if (commands().contains(command)) {
            return Optional.empty();
        }
        if (role == Role.ENGINEER && READS_FILES.contains(command)) {
            return Optional.of("'" + command + "' works on files, and a proctored candidate has none on the server;"
                    + " change the pack with 'rule tune' or 'rule disable'");
        }
        if (HINTS.contains(command)) {
            return Optional.of("hints are off in this assessment");
        }
        return Optional.of("'" + command + "' is not part of this assessment; 'help' lists the commands you have");
    }
}
