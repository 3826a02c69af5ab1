package dev.nightshift.shell;

import dev.nightshift.engineer.ChangeWindows;
import dev.nightshift.game.CaseAlert;
import dev.nightshift.game.Sessions;
import dev.nightshift.game.Shift;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.telemetry.Event;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;

/**
 * Tab completion of values: scenario ids, alert ids, rule ids, the hosts, users and addresses the alerts so far
 * named, verdicts, severities and the queue's filters. A completion never acts and never reaches the truth: it reads
 * the queue the trainee has already seen, and offers nothing when there is no session.
 */
@Configuration(proxyBeanMethods = false)
class Completions {

    static final List<String> VERDICTS = List.of("true-positive", "false-positive", "benign");
    static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");
    static final List<String> KINDS = List.of("host", "user", "ip");
    /** Fields of the events an alert shows that name a user or an address. */
    private static final Set<String> USER_FIELDS = Set.of("TargetUserName", "SubjectUserName", "User", "user",
            "UserPrincipalName", "userName", "SourceUser");
    private static final Set<String> ADDRESS_FIELDS = Set.of("IpAddress", "src_ip", "dst_ip", "sourceIPAddress",
            "SourceIp", "DestinationIp", "public_ip", "client_ip", "IPAddress");

    static CompletionProvider of(Supplier<Collection<String>> values) {
        return context -> {
            String typed = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
            List<CompletionProposal> out = new ArrayList<>();
            Collection<String> all;
            try {
                all = values.get();
            } catch (RuntimeException noSessionOrNoWindow) {
                return out; // nothing to offer: the command itself will say why when it runs
            }
            for (String value : all) {
                if (value.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT))) {
                    out.add(new CompletionProposal(value));
                }
            }
            return out;
        };
    }

    @Bean
    CompletionProvider scenarioIds(ScenarioLibrary library) {
        return of(library::ids);
    }

    @Bean
    CompletionProvider alertIds(Sessions sessions) {
        return of(() -> sessions.current().alerts().stream().map(CaseAlert::id).toList());
    }

    @Bean
    CompletionProvider verdicts() {
        return of(() -> VERDICTS);
    }

    @Bean
    CompletionProvider severities() {
        return of(() -> SEVERITIES);
    }

    @Bean
    CompletionProvider alertStates() {
        return of(() -> AlertFilter.STATES);
    }

    @Bean
    CompletionProvider alertSorts() {
        return of(() -> AlertFilter.SORTS);
    }

    @Bean
    CompletionProvider alertLevels() {
        return of(() -> AlertFilter.LEVELS);
    }

    @Bean
    CompletionProvider entityKinds() {
        return of(() -> KINDS);
    }

    /** The hosts, users and addresses the alerts raised so far have shown. */
    @Bean
    CompletionProvider entityNames(Sessions sessions) {
        return of(() -> seen(sessions.current()));
    }

    /** A search's words: the collected logs' field names (as {@code field=} before a pipe), and a pipe's commands. */
    @Bean
    CompletionProvider searchTerms(Sessions sessions) {
        return context -> {
            try {
                List<String> words = context.getWords();
                int at = Math.max(0, Math.min(context.getWordIndex(), words.size()));
                return searchProposals(context.currentWordUpToCursor(), words.subList(0, at),
                        sessions.current().fieldNames());
            } catch (RuntimeException noSession) {
                return List.of(); // the command itself will say why when it runs
            }
        };
    }

    /** The pipe commands of docs/search.md. */
    static final List<String> PIPES = List.of("stats", "table", "sort", "head", "dedup", "top", "rare", "timechart");
    /** The clause's own words, beside the fields. */
    private static final List<String> CLAUSE = List.of("earliest=", "latest=", "source=", "host=");

    static List<CompletionProposal> searchProposals(String typed, List<String> before, Collection<String> fields) {
        String prefix = typed == null ? "" : typed;
        String previous = before.isEmpty() ? "" : before.get(before.size() - 1);
        List<String> offered = new ArrayList<>();
        boolean piped = before.contains("|");
        if (previous.equals("|")) {
            offered.addAll(PIPES);
        } else if (!prefix.contains("=") && !prefix.startsWith("\"")) {
            if (piped) {
                offered.addAll(fields);
            } else {
                offered.addAll(CLAUSE);
                fields.forEach(field -> offered.add(field + "="));
            }
        }
        List<CompletionProposal> out = new ArrayList<>();
        for (String value : offered) {
            if (value.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                // 'field=' waits for its value: no space after it
                out.add(new CompletionProposal(value).complete(!value.endsWith("=")));
            }
        }
        return out;
    }

    /** Rule ids: of the engineer's window, else of the alerts in the analyst's queue. */
    @Bean
    CompletionProvider ruleIds(Sessions sessions, ChangeWindows windows) {
        return of(() -> windows.currentIsEngineer()
                ? windows.current().rules().stream().map(r -> r.rule().id()).toList()
                : new TreeSet<>(sessions.current().alerts().stream().map(a -> a.alert().ruleId()).toList()));
    }

    static Set<String> seen(Shift shift) {
        Set<String> names = new TreeSet<>();
        for (CaseAlert alert : shift.alerts()) {
            for (Event event : alert.events()) {
                if (event.host() != null) {
                    names.add(event.host());
                }
                for (Map.Entry<String, Object> field : event.fields().entrySet()) {
                    String value = String.valueOf(field.getValue());
                    if ((USER_FIELDS.contains(field.getKey()) || ADDRESS_FIELDS.contains(field.getKey()))
                            && !value.isEmpty() && !value.equals("-")) {
                        names.add(value);
                    }
                }
            }
        }
        return names;
    }
}
