package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.nightshift.detection.Wildcard;
import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class EventQueryTest {

    private static Event logon(String user, String ip, int id) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("EventID", id);
        f.put("TargetUserName", user);
        f.put("IpAddress", ip);
        f.put("CommandLine", "powershell.exe -enc SQBFAFgA");
        return new Event(0, Instant.EPOCH, LogSource.service("windows", "security"), "RDS01", f, Truth.benign());
    }

    @Test
    void fieldTermsWildcardsNegationAndWords() {
        Event e = logon("c.veum", "198.51.100.219", 4624);
        assertThat(EventQuery.parse("TargetUserName=C.VEUM").matches(e)).isTrue();
        assertThat(EventQuery.parse("IpAddress=198.51.100.* EventID=4624").matches(e)).isTrue();
        assertThat(EventQuery.parse("IpAddress=10.*").matches(e)).isFalse();
        assertThat(EventQuery.parse("EventID!=4625").matches(e)).isTrue();
        assertThat(EventQuery.parse("EventID!=4624").matches(e)).isFalse();
        assertThat(EventQuery.parse("host=rds01 -enc").matches(e)).isTrue();
        assertThat(EventQuery.parse("Missing=*").matches(e)).isFalse();
        assertThat(EventQuery.parse("Missing!=x").matches(e)).isTrue();
        assertThat(EventQuery.parse("mimikatz").matches(e)).isFalse();
        assertThat(EventQuery.parse("TargetUserName=c.ve?m").matches(e)).isFalse();
    }

    @Test
    void wildcardsMatchRunsAnywhereAndEverythingElseLiterally() {
        Event e = logon("c.veum", "198.51.100.219", 4624);
        assertThat(EventQuery.parse("CommandLine=*").matches(e)).isTrue();
        assertThat(EventQuery.parse("CommandLine=**power***-ENC*").matches(e)).isTrue();
        assertThat(EventQuery.parse("CommandLine=*SQBFAFgA").matches(e)).isTrue();
        assertThat(EventQuery.parse("CommandLine=*SQBFAFg").matches(e)).isFalse();
        assertThat(EventQuery.parse("CommandLine=powershell.exe*-enc*").matches(e)).isTrue();
        assertThat(EventQuery.parse("CommandLine=powershell.exe").matches(e)).isFalse();
        assertThat(EventQuery.parse("IpAddress=198.51.100.2?9").matches(e)).isFalse();
        assertThat(EventQuery.parse("IpAddress=198.51.100.219*").matches(e)).isTrue();
        assertThat(EventQuery.parse("*.veu*").matches(e)).isTrue();
        assertThat(EventQuery.parse("IpAddress=198*51*100*219*~").matches(e)).isFalse();
    }

    @Test
    void hostilePatternsAnswerAtOnceOnLongValues() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("CommandLine", "a".repeat(20_000));
        f.put("TargetUserName", "aaaa".repeat(500));
        Event e = new Event(0, Instant.EPOCH, LogSource.service("windows", "security"), "RDS01", f, Truth.benign());
        String thirtyStars = "a*".repeat(30) + "~";
        String thirtyTwoTerms = String.join(" ", java.util.Collections.nCopies(32, "*a*a*a*a*a*a*a*a*a*a*a*a*~"));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(EventQuery.parse("CommandLine=" + thirtyStars).matches(e)).isFalse();
            assertThat(EventQuery.parse("*".repeat(30) + "~").matches(e)).isFalse();
            assertThat(EventQuery.parse(thirtyTwoTerms).matches(e)).isFalse();
            assertThat(EventQuery.parse("CommandLine=" + "a*".repeat(30)).matches(e)).isTrue();
        });
    }

    @Test
    void malformedQueriesSayWhatToWrite() {
        assertThatThrownBy(() -> EventQuery.parse("  ")).isInstanceOf(GameException.class)
                .hasMessage("search: column 1: the search is empty: give a term such as EventID=4625, a word, or * for"
                        + " every event");
        assertThatThrownBy(() -> EventQuery.parse("=x")).hasMessage("search: column 1: expected a field name before"
                + " '=', e.g. IpAddress=203.0.113.9");
        assertThatThrownBy(() -> EventQuery.parse("EventID=4625 IpAddress=")).hasMessage("search: column 24:"
                + " expected a value after '='");
        assertThatThrownBy(() -> EventQuery.filter("EventID=4625 | head 1", "--where")).hasMessage("--where:"
                + " 'EventID=4625 | head 1' is a filter of events: give only terms (field=value, words, AND, OR, NOT),"
                + " no pipes and no earliest= or latest=");
    }

    @Property(tries = 2000)
    void aWildcardAgreesWithTheRegularExpressionItReplaced(@ForAll @CharRange(from = 'a', to = 'c') @Chars({'*', 'A',
            '~', '?', '\\', '\u00e9', '\u00c9'}) @StringLength(min = 1, max = 8) String pattern,
            @ForAll @CharRange(from = 'a', to = 'c') @Chars({'A', 'B', '~', '?', '\\', '\u00e9', '\u00c9', '\n'})
            @StringLength(max = 10) String text) {
        Pattern regex = Pattern.compile(Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")), Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.UNICODE_CASE);
        assertThat(Wildcard.of(pattern).matches(text)).isEqualTo(regex.matcher(text).matches());
    }

    @Property
    void anyTextParsesOrIsRefusedAsBadInput(@ForAll String text) {
        try {
            EventQuery.parse(text).matches(logon("u", "1.2.3.4", 4624));
        } catch (GameException refused) {
            assertThat(refused.badInput()).isTrue();
        }
    }
}
