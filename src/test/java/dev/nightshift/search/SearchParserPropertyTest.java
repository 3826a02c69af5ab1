package dev.nightshift.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The parser on random searches: each parses, or fails with one positioned sentence (a column within the text or
 * just past it), never another exception; and what parses prints as text that parses back to the same search.
 */
class SearchParserPropertyTest {

    private static final List<String> FIELDS = List.of("EventID", "host", "source", "TargetUserName", "cs-host",
            "Location.countryOrRegion", "earliest", "latest", "_time", "count");
    private static final List<String> VALUES = List.of("4625", "10.*", "*", "-2h", "now", "c.veum", "\"a b\"",
            "\"say \\\"hi\\\"\"", "C:\\Windows\\*", "-30m@h", "08:30", "x,y", "2026-03-05T08:00:00", "AND", "");
    private static final List<String> PIECES = List.of("AND", "OR", "NOT", "(", ")", "|", ",", "=", "!=", "<",
            ">=", "\"", "stats", "count", "by", "dc(host)", "table", "sort", "-count", "head", "5", "dedup", "top",
            "rare", "limit=3", "timechart", "span=5m", "as", "n", "powershell", "*", "-enc", "values(host)");

    @Property(tries = 3000)
    void aRandomSearchParsesOrNamesWhereItIsWrong(@ForAll("searches") String text) {
        try {
            SearchQuery q = SearchParser.parse(text);
            SearchQuery again = SearchParser.parse(q.print());
            assertThat(again.print()).isEqualTo(q.print());
            assertThat(again.filter()).isEqualTo(q.filter());
            assertThat(again.earliest()).isEqualTo(q.earliest());
            assertThat(again.latest()).isEqualTo(q.latest());
            assertThat(again.stages()).hasSameSizeAs(q.stages());
        } catch (BadSearchException bad) {
            assertThat(bad.column()).isBetween(1, text.length() + 1);
            assertThat(bad.problem()).doesNotContain("null", "Exception").doesNotContain("\n");
            assertThat(bad.getMessage()).startsWith("column " + bad.column() + ": ");
        }
    }

    @Property(tries = 2000)
    void anyTextAtAllParsesOrIsAPositionedError(@ForAll String text) {
        try {
            SearchQuery q = SearchParser.parse(text);
            assertThat(SearchParser.parse(q.print()).print()).isEqualTo(q.print());
        } catch (BadSearchException bad) {
            assertThat(bad.column()).isBetween(1, text.length() + 1);
        }
    }

    @Provide
    Arbitrary<String> searches() {
        Arbitrary<String> compare = Combinators.combine(Arbitraries.of(FIELDS),
                Arbitraries.of("=", "!=", "<", "<=", ">", ">="), Arbitraries.of(VALUES)).as((f, op, v) -> f + op + v);
        Arbitrary<String> word = Arbitraries.strings().withChars("ae.~-*0\\\"()|=!<>, ").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, compare), net.jqwik.api.Tuple.of(4, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(VALUES)), net.jqwik.api.Tuple.of(1, word));
        return token.list().ofMinSize(0).ofMaxSize(14).map(t -> String.join(" ", t));
    }

    @Test
    void errorsNameTheColumnOfWhatIsWrong() {
        assertError("EventID=4625 IpAddress=", 24, "expected a value after '='");
        assertError("EventID>abc", 9, "expected a number after '>', found 'abc'");
        assertError("(EventID=4625 OR x", 19, "the '(' at column 1 is never closed: expected ')' before the end"
                + " of the search");
        assertError("EventID=4625)", 13, "this ')' closes no '('");
        assertError("CommandLine=\"powershell", 13, "the quote opened here is never closed; close it with \"");
        assertError("a OR", 5, "OR needs a term after it, found the end of the search");
        assertError("NOT", 4, "NOT needs a term after it, found the end of the search");
        assertError("earliest=yesterday", 10, "'yesterday' is not a time: write -2h, -30m, -1d@d, now,"
                + " 2026-03-05T08:00:00, 03/05/2026:08:00:00 or a time of day such as 08:30 (UTC)");
        assertError("NOT earliest=-1h", 5, "earliest= bounds the whole search: put it outside NOT and parentheses");
        assertError("earliest=-1h a OR b", 1, "earliest= and latest= bound the whole search, so they cannot be one"
                + " side of an OR; put the OR in parentheses");
        assertError("* | stats", 10, "stats needs a statistic such as count, dc(user) or avg(bytes), found the end"
                + " of the search");
        assertError("* | stats median(x)", 11, "unknown statistic 'median'; the statistics are count, dc, values,"
                + " min, max, avg and sum");
        assertError("* | stats count by", 19, "by needs at least one field name, found the end of the search");
        assertError("* | chart count", 5, "unknown command 'chart'; the commands are stats, table, sort, head, dedup,"
                + " top, rare, timechart");
        assertError("* | head x", 10, "expected a count from 0 to 1000000, found 'x'");
        assertError("* | timechart span=5x count", 20, "'5x' is not a span of time: write 30s, 5m, 1h or 1d");
        assertError("| stats count", 1, "a pipe needs a search before it: write * | stats count by host, for example");
        assertError("* | table host | foo", 18, "unknown command 'foo'; the commands are stats, table, sort, head,"
                + " dedup, top, rare, timechart");
        assertError("* | sort -count )", 17, "unexpected ')' here; a new command starts after '|'");
        assertError("_time>5", 1, "choose the time with earliest= and latest=, e.g. earliest=-2h latest=-30m");
    }

    @Test
    void printingGivesTheCanonicalSearch() {
        assertThat(SearchParser.parse("latest=-30m  a  AND (b OR c) NOT (d e) | stats count AS n by host,user"
                + " | sort - n | head").print())
                .isEqualTo("latest=-30m a (b OR c) NOT (d e) | stats count as n"
                        + " by host user | sort -n | head 10");
        assertThat(SearchParser.parse("\"two words\" f=\"x=y\" g=AND").print()).isEqualTo("\"two words\" f=\"x=y\""
                + " g=\"AND\"");
    }

    private static void assertError(String text, int column, String problem) {
        try {
            SearchParser.parse(text);
        } catch (BadSearchException bad) {
            assertThat(bad.problem()).as(text).isEqualTo(problem);
            assertThat(bad.column()).as(text).isEqualTo(column);
            return;
        }
        throw new AssertionError(text + " parsed");
    }
}
