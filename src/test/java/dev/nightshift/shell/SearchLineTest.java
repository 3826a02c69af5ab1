package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A search's query reaches the command as one word, however it is written; other lines are left alone. */
class SearchLineTest {

    @Test
    void aSearchsQueryIsOneWord() {
        assertThat(SearchLine.asTyped("search EventID=4625 | stats count by IpAddress | sort -count"))
                .isEqualTo("search 'EventID=4625 | stats count by IpAddress | sort -count'");
        assertThat(SearchLine.asTyped("search \"c.veum\" OR RDS01 --limit 5"))
                .isEqualTo("search '\"c.veum\" OR RDS01' --limit 5");
        assertThat(SearchLine.asTyped("search --limit 5 EventID=4624"))
                .isEqualTo("search 'EventID=4624' --limit 5");
    }

    @Test
    void whatIsQuotedAlreadyOrIsNoSearchStaysAsTyped() {
        assertThat(SearchLine.asTyped("search 'EventID=4625 | sort -count'")).isEqualTo("search 'EventID=4625 | sort -count'");
        assertThat(SearchLine.asTyped("search --help")).isEqualTo("search --help");
        assertThat(SearchLine.asTyped("triage A-001 --verdict benign")).isEqualTo("triage A-001 --verdict benign");
        assertThat(SearchLine.asTyped("searchx a")).isEqualTo("searchx a");
        assertThat(SearchLine.asTyped("search")).isEqualTo("search");
    }

    @Test
    void aOneShotSearchsQueryArrivesAsTheUsersShellPassedIt() {
        String line = SearchLine.fromArguments(new String[] {"search", "EventID=4625 | stats count by IpAddress | sort -count"});
        assertThat(line).isEqualTo("search EventID=4625 | stats count by IpAddress | sort -count");
        assertThat(SearchLine.asTyped(line)).isEqualTo("search 'EventID=4625 | stats count by IpAddress | sort -count'");
        assertThat(SearchLine.asTyped(SearchLine.fromArguments(new String[] {"search", "\"failed password\"", "--limit", "5"})))
                .isEqualTo("search '\"failed password\"' --limit 5");
    }

    @Test
    void otherCommandsArgumentsAreQuotedAsSpringShellQuotesThem() {
        assertThat(SearchLine.fromArguments(new String[] {"triage", "A-001", "--note", "two words", "--verdict", "benign"}))
                .isEqualTo("triage A-001 --note \"two words\" --verdict benign");
        assertThat(SearchLine.fromArguments(new String[] {"escalate", "A-001", "'already quoted'"}))
                .isEqualTo("escalate A-001 'already quoted'");
    }
}
