package dev.nightshift.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchViewTest {

    @Test
    void aTableFitsItsWidthNarrowingOnlyTheWideColumns() {
        List<List<Object>> rows = List.of(
                List.of("WS-0112", "powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAu", 12L),
                List.of("DC01", "cmd.exe /c whoami", 3L));
        List<String> lines = SearchView.table(List.of("host", "CommandLine", "count"), rows, 60);
        assertThat(lines).containsExactly(
                "host     CommandLine                                   count",
                "-------  --------------------------------------------  -----",
                "WS-0112  powershell.exe -nop -w hidden -enc SQBFAFgA…     12",
                "DC01     cmd.exe /c whoami                                 3");
        assertThat(lines).allMatch(l -> l.length() == 60);
        assertThat(SearchView.table(List.of("host", "count"), rows.stream().map(r -> List.of(r.get(0), r.get(2)))
                .toList(), 100)).containsExactly("host     count", "-------  -----", "WS-0112     12", "DC01         3");
    }
}
