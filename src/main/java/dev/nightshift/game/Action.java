package dev.nightshift.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One journaled action of a session, as a verb and its arguments; stored as a JSON array, replayed in order. */
public record Action(String verb, List<String> args) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Action {
        Objects.requireNonNull(verb, "verb");
        args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    public static Action of(String verb, String... args) {
        return new Action(verb, Arrays.asList(args));
    }

    public String arg(int i) {
        return args.get(i);
    }

    public String encode() {
        try {
            String[] all = new String[args.size() + 1];
            all[0] = verb;
            for (int i = 0; i < args.size(); i++) {
                all[i + 1] = args.get(i);
            }
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode action " + verb, e);
        }
    }

    public static Action decode(String json) {
        try {
            String[] all = JSON.readValue(json, String[].class);
            return new Action(all[0], Arrays.asList(all).subList(1, all.length));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt journal entry " + json, e);
        }
    }

    /** Does this action to {@code shift}, as it was done when journaled, and returns what it answered. */
    Object applyTo(Shift shift) {
        Action a = this;
        return switch (a.verb()) {
            case "wait" -> shift.waitFor(java.time.Duration.parse(a.arg(0)));
            case "next" -> shift.next();
            case "advance" -> shift.catchUpTo(java.time.Instant.parse(a.arg(0)));
            case "view" -> shift.view(a.arg(0));
            case "search" -> shift.search(EventQuery.parse(a.arg(0)), Integer.parseInt(a.arg(1)));
            case "intel" -> shift.intel(a.arg(0));
            case "whois" -> shift.whois(dev.nightshift.scenario.EntityKind.parse(a.arg(0)).orElseThrow(), a.arg(1));
            case "hint" -> shift.hint();
            case "triage" -> shift.triage(a.arg(0), dev.nightshift.scoring.Verdict.parse(a.arg(1)).orElseThrow(), techniques(a.arg(2)),
                    a.arg(3).isEmpty() ? null : a.arg(3));
            case "triage-rule" -> shift.triageRule(a.arg(0), a.arg(1).isEmpty() ? null : EventQuery.filter(a.arg(1), "--where"),
                    dev.nightshift.scoring.Verdict.parse(a.arg(2)).orElseThrow(), a.arg(3).isEmpty() ? null : a.arg(3));
            case "finish" -> {
                shift.finish();
                yield shift;
            }
            case "escalate" -> shift.escalate(a.arg(0), dev.nightshift.scoring.Severity.parse(a.arg(1)).orElseThrow(),
                    a.arg(2).isEmpty() ? null : a.arg(2));
            case "contain" -> {
                shift.contain(dev.nightshift.scenario.EntityKind.parse(a.arg(0)).orElseThrow(), a.arg(1));
                yield shift;
            }
            case "release" -> {
                shift.release(dev.nightshift.scenario.EntityKind.parse(a.arg(0)).orElseThrow(), a.arg(1));
                yield shift;
            }
            default -> throw new IllegalStateException("unknown journaled action " + a.verb());
        };
    }

    /**
     * Does this journaled action to {@code shift} again, for a rebuild: as {@link #applyTo}, except that a search or
     * a whois, whose answer reads the whole of the logs, only costs its time again (what it did to the shift; it
     * succeeded when it was journaled). A rebuild on a long session then never reads the logs for an old answer.
     */
    void replayOn(Shift shift) {
        switch (verb) {
            case "search" -> shift.spendAgain(ActionCost.SEARCH);
            case "whois" -> shift.spendAgain(ActionCost.WHOIS);
            default -> applyTo(shift);
        }
    }

    private static List<String> techniques(String joined) {
        return joined.isEmpty() ? List.of() : java.util.Arrays.asList(joined.split(","));
    }
}
