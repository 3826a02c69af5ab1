package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandRegistration;

/** Tab completion inside a search, and of the words given by position to an option of many words. */
class CompletionsTest {

    private static final List<String> FIELDS = List.of("EventID", "Image", "IpAddress", "TargetUserName");

    private static List<String> offered(String typed, String... before) {
        return Completions.searchProposals(typed, List.of(before), FIELDS).stream().map(CompletionProposal::value)
                .toList();
    }

    @Test
    void aClauseWordCompletesToTheCollectedFieldsWaitingForTheirValue() {
        assertThat(offered("Ev", "search")).containsExactly("EventID=");
        assertThat(offered("i", "search", "EventID=4625")).containsExactly("Image=", "IpAddress=");
        assertThat(offered("", "search")).startsWith("earliest=", "latest=", "source=", "host=").contains("EventID=");
        assertThat(Completions.searchProposals("Ev", List.of("search"), FIELDS).get(0).complete())
                .as("no space after 'EventID='").isFalse();
        assertThat(offered("EventID=46", "search")).as("a value is not a field").isEmpty();
    }

    @Test
    void afterAPipeComeItsCommandsAndThenBareFieldNames() {
        assertThat(offered("st", "search", "EventID=4625", "|")).containsExactly("stats");
        assertThat(offered("", "search", "x", "|")).containsExactlyElementsOf(Completions.PIPES);
        assertThat(offered("Ip", "search", "EventID=4625", "|", "stats", "count", "by")).containsExactly("IpAddress");
    }

    @Test
    void everyWordAfterTheQuerysPlaceBelongsToTheQuery() {
        CommandRegistration search = CommandRegistration.builder().command("search")
                .withOption().longNames("query").type(String[].class).arity(1, 512).position(0)
                .completion(ctx -> List.of(new CompletionProposal("q:" + ctx.currentWordUpToCursor()))).and()
                .withOption().longNames("limit").type(int.class).and()
                .withTarget().consumer(ctx -> { }).and().build();
        PositionalCompletion positional = new PositionalCompletion();
        for (List<String> words : List.of(List.of("Ev"), List.of("EventID=4625", "Ta"),
                List.of("EventID=4625", "|", "stats", "count", "by", "Ip"))) {
            CompletionContext context = new CompletionContext(words, words.size() - 1,
                    words.get(words.size() - 1).length(), search, null);
            assertThat(positional.apply(context)).extracting(CompletionProposal::value)
                    .as("%s", words).containsExactly("q:" + words.get(words.size() - 1));
        }
    }
}
