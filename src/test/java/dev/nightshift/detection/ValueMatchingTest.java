package dev.nightshift.detection;

import static dev.nightshift.detection.Fixtures.fires;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueMatchingTest {

    @Test
    void plainValuesMatchWholeValueIgnoringCase() {
        assertThat(fires("sel:\n  User: 'ADMIN'\ncondition: sel", Map.of("User", "admin"))).isTrue();
        assertThat(fires("sel:\n  User: 'admin'\ncondition: sel", Map.of("User", "administrator"))).isFalse();
    }

    @Test
    void wildcardsStarAndQuestionMark() {
        // in 'C:\\*\cmd.exe' the doubled backslash is one literal backslash, so the star stays a wildcard
        assertThat(fires("sel:\n  Image: 'C:\\\\*\\cmd.exe'\ncondition: sel",
                Map.of("Image", "c:\\windows\\system32\\CMD.exe"))).isTrue();
        assertThat(fires("sel:\n  Image: 'C:\\*\\cmd.exe'\ncondition: sel",
                Map.of("Image", "c:\\windows\\system32\\CMD.exe"))).isFalse();
        assertThat(fires("sel:\n  Image: 'cmd.ex?'\ncondition: sel", Map.of("Image", "cmd.exe"))).isTrue();
        assertThat(fires("sel:\n  Image: 'cmd.ex?'\ncondition: sel", Map.of("Image", "cmd.ex"))).isFalse();
        assertThat(fires("sel:\n  Image: 'a*b*c'\ncondition: sel", Map.of("Image", "a\nxx\nbc"))).isTrue();
    }

    @Test
    void backslashEscapesWildcardsAndItself() {
        assertThat(fires("sel:\n  Share: 'IPC\\*'\ncondition: sel", Map.of("Share", "IPC*"))).isTrue();
        assertThat(fires("sel:\n  Share: 'IPC\\*'\ncondition: sel", Map.of("Share", "IPC$"))).isFalse();
        assertThat(fires("sel:\n  Share: 'what\\?'\ncondition: sel", Map.of("Share", "what?"))).isTrue();
        assertThat(fires("sel:\n  Share: 'what\\?'\ncondition: sel", Map.of("Share", "whatx"))).isFalse();
        // '\\\\*\\IPC$' is two literal backslashes, a wildcard, one backslash and IPC$
        String impacket = "sel:\n  Share: '\\\\\\\\*\\\\IPC$'\ncondition: sel";
        assertThat(fires(impacket, Map.of("Share", "\\\\srv01\\IPC$"))).isTrue();
        assertThat(fires(impacket, Map.of("Share", "\\\\srv01\\C$"))).isFalse();
        // a backslash before any other character is a plain backslash
        assertThat(fires("sel:\n  Image|endswith: '\\cmd.exe'\ncondition: sel", Map.of("Image", "C:\\x\\cmd.exe"))).isTrue();
    }

    @Test
    void numbersCompareByValueAgainstNumbersAndText() {
        assertThat(fires("sel:\n  EventID: 4625\ncondition: sel", Map.of("EventID", 4625))).isTrue();
        assertThat(fires("sel:\n  EventID: 4625\ncondition: sel", Map.of("EventID", 4625L))).isTrue();
        assertThat(fires("sel:\n  EventID: 4625\ncondition: sel", Map.of("EventID", "4625"))).isTrue();
        assertThat(fires("sel:\n  EventID: 4625\ncondition: sel", Map.of("EventID", 4624))).isFalse();
        assertThat(fires("sel:\n  EventID: '4625'\ncondition: sel", Map.of("EventID", 4625))).isTrue();
        assertThat(fires("sel:\n  Enabled: true\ncondition: sel", Map.of("Enabled", Boolean.TRUE))).isTrue();
        assertThat(fires("sel:\n  Enabled: true\ncondition: sel", Map.of("Enabled", "False"))).isFalse();
    }

    @Test
    void nullMeansMissingOrEmpty() {
        Map<String, Object> empty = new HashMap<>();
        empty.put("OriginalFileName", "");
        assertThat(fires("sel:\n  OriginalFileName: null\ncondition: sel", Map.of("Image", "x"))).isTrue();
        assertThat(fires("sel:\n  OriginalFileName: null\ncondition: sel", empty)).isTrue();
        assertThat(fires("sel:\n  OriginalFileName: null\ncondition: sel", Map.of("OriginalFileName", "a.exe"))).isFalse();
        assertThat(fires("sel:\n  OriginalFileName: 'a.exe'\ncondition: sel", Map.of("Image", "x"))).isFalse();
    }

    @Test
    void mapIsAndListOfMapsIsOr() {
        String and = "sel:\n  User: bob\n  Image|endswith: '\\cmd.exe'\ncondition: sel";
        assertThat(fires(and, Map.of("User", "bob", "Image", "c:\\cmd.exe"))).isTrue();
        assertThat(fires(and, Map.of("User", "bob", "Image", "c:\\sh.exe"))).isFalse();
        String or = "sel:\n  - User: bob\n  - Image|endswith: '\\cmd.exe'\ncondition: sel";
        assertThat(fires(or, Map.of("User", "eve", "Image", "c:\\cmd.exe"))).isTrue();
        assertThat(fires(or, Map.of("User", "eve", "Image", "c:\\sh.exe"))).isFalse();
    }

    @Test
    void keywordsMatchAnywhereInAnyValue() {
        String rule = "keywords:\n  - 'mimikatz'\n  - 'sekurlsa::'\ncondition: keywords";
        assertThat(fires(rule, Map.of("Message", "ran Invoke-Mimikatz now", "Other", 1))).isTrue();
        assertThat(fires(rule, Map.of("Message", "nothing here"))).isFalse();
        String all = "keywords:\n  '|all':\n    - 'useradd'\n    - 'UID=0'\ncondition: keywords";
        assertThat(fires(all, Map.of("Message", "useradd[1]: new user: name=x, UID=0"))).isTrue();
        assertThat(fires(all, Map.of("Message", "useradd[1]: new user: name=x, UID=1000"))).isFalse();
    }

    @Test
    void dottedFieldsReadNestedMapsAndFlatNames() {
        String rule = "sel:\n  userIdentity.type: AssumedRole\ncondition: sel";
        assertThat(fires(rule, Map.of("userIdentity", Map.of("type", "AssumedRole")))).isTrue();
        assertThat(fires(rule, Map.of("userIdentity.type", "AssumedRole"))).isTrue();
        assertThat(fires(rule, Map.of("userIdentity", "AssumedRole"))).isFalse();
    }

    @Test
    void logsourcePartsMustAllMatchIgnoringCase() {
        DetectionEngine engine = new DetectionEngine(Fixtures.pack("""
                title: security only
                logsource:
                  product: Windows
                  service: Security
                detection:
                  sel:
                    EventID: 4720
                  condition: sel
                """));
        Map<String, Object> fields = Map.of("EventID", 4720);
        assertThat(engine.process(Fixtures.event(Fixtures.SECURITY, 0, fields))).hasSize(1);
        assertThat(engine.process(Fixtures.event(Fixtures.PROCESS, 0, fields))).isEmpty();
        assertThat(engine.process(Fixtures.event(
                dev.nightshift.telemetry.LogSource.service("linux", "security"), 0, fields))).isEmpty();
    }

    @Test
    void alertCarriesRuleMetadataAndTheEvent() {
        DetectionEngine engine = new DetectionEngine(Fixtures.pack("""
                title: New user
                id: 7f1e5a3c-0000-4000-8000-000000000001
                author: Someone (Example)
                description: a user was created
                level: HIGH
                tags: [attack.persistence, attack.t1136.001]
                logsource: {product: windows, service: security}
                detection:
                  sel: {EventID: 4720}
                  condition: sel
                """));
        var event = Fixtures.event(Fixtures.SECURITY, 42, Map.of("EventID", 4720));
        Alert alert = engine.process(event).get(0);
        assertThat(alert.ruleId()).isEqualTo("7f1e5a3c-0000-4000-8000-000000000001");
        assertThat(alert.title()).isEqualTo("New user");
        assertThat(alert.author()).isEqualTo("Someone (Example)");
        assertThat(alert.level()).isEqualTo("high");
        assertThat(alert.tags()).containsExactly("attack.persistence", "attack.t1136.001");
        assertThat(alert.correlation()).isFalse();
        assertThat(alert.time()).isEqualTo(event.timestamp());
        assertThat(alert.events()).containsExactly(event);
        assertThat(alert.groupBy()).isEmpty();
    }
}
