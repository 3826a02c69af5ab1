package dev.nightshift.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
    void malformedQueriesSayWhatToWrite() {
        assertThatThrownBy(() -> EventQuery.parse("  ")).isInstanceOf(GameException.class)
                .hasMessageContaining("at least one term");
        assertThatThrownBy(() -> EventQuery.parse("=x")).hasMessageContaining("names no field");
        assertThatThrownBy(() -> EventQuery.parse("IpAddress=")).hasMessageContaining("has no value");
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
