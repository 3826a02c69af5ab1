package dev.nightshift.detection;

import static dev.nightshift.detection.Fixtures.fires;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModifierTest {

    private static final Map<String, Object> CMD = Map.of("CommandLine", "powershell.exe -NoP -Enc SQBFAFgA",
            "Image", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");

    @Test
    void containsStartswithEndswithIgnoreCase() {
        assertThat(fires("sel:\n  CommandLine|contains: '-nop'\ncondition: sel", CMD)).isTrue();
        assertThat(fires("sel:\n  CommandLine|contains: '-nope'\ncondition: sel", CMD)).isFalse();
        assertThat(fires("sel:\n  Image|startswith: 'c:\\windows\\'\ncondition: sel", CMD)).isTrue();
        assertThat(fires("sel:\n  Image|startswith: 'powershell'\ncondition: sel", CMD)).isFalse();
        assertThat(fires("sel:\n  Image|endswith: '\\POWERSHELL.EXE'\ncondition: sel", CMD)).isTrue();
        assertThat(fires("sel:\n  Image|endswith: '\\cmd.exe'\ncondition: sel", CMD)).isFalse();
    }

    @Test
    void listValuesAreOrUnlessAll() {
        assertThat(fires("sel:\n  CommandLine|contains: ['-nop', 'zzz']\ncondition: sel", CMD)).isTrue();
        assertThat(fires("sel:\n  CommandLine|contains|all: ['-nop', 'zzz']\ncondition: sel", CMD)).isFalse();
        assertThat(fires("sel:\n  CommandLine|contains|all: ['-nop', '-enc']\ncondition: sel", CMD)).isTrue();
    }

    @Test
    void regexIsCaseSensitiveUnlessI() {
        assertThat(fires("sel:\n  CommandLine|re: '-Enc [A-Z]+'\ncondition: sel", CMD)).isTrue();
        assertThat(fires("sel:\n  CommandLine|re: '-enc [a-z]+'\ncondition: sel", CMD)).isFalse();
        assertThat(fires("sel:\n  CommandLine|re|i: '-enc [a-z]+'\ncondition: sel", CMD)).isTrue();
    }

    @Test
    void regexMultilineAndDotall() {
        Map<String, Object> twoLines = Map.of("CommandLine", "first\nsecond");
        assertThat(fires("sel:\n  CommandLine|re: '^second'\ncondition: sel", twoLines)).isFalse();
        assertThat(fires("sel:\n  CommandLine|re|m: '^second'\ncondition: sel", twoLines)).isTrue();
        assertThat(fires("sel:\n  CommandLine|re: 'first.second'\ncondition: sel", twoLines)).isFalse();
        assertThat(fires("sel:\n  CommandLine|re|s: 'first.second'\ncondition: sel", twoLines)).isTrue();
    }

    @Test
    void cidrMatchesIpv4AndIpv6() {
        String rule = "sel:\n  IpAddress|cidr: ['10.0.0.0/8', 'fe80::/10', '192.168.1.7']\ncondition: sel";
        assertThat(fires(rule, Map.of("IpAddress", "10.20.30.40"))).isTrue();
        assertThat(fires(rule, Map.of("IpAddress", "11.0.0.1"))).isFalse();
        assertThat(fires(rule, Map.of("IpAddress", "fe80::1:2"))).isTrue();
        assertThat(fires(rule, Map.of("IpAddress", "fec0::1"))).isFalse();
        assertThat(fires(rule, Map.of("IpAddress", "192.168.1.7"))).isTrue();
        assertThat(fires(rule, Map.of("IpAddress", "-"))).isFalse();
        assertThat(fires("sel:\n  IpAddress|cidr: '172.16.0.0/12'\ncondition: sel", Map.of("IpAddress", "172.31.255.1")))
                .isTrue();
        assertThat(fires("sel:\n  IpAddress|cidr: '::ffff:0:0/96'\ncondition: sel", Map.of("IpAddress", "::ffff:1.2.3.4")))
                .isTrue();
    }

    @Test
    void existsChecksPresenceOnly() {
        assertThat(fires("sel:\n  User|exists: true\ncondition: sel", Map.of("User", ""))).isTrue();
        assertThat(fires("sel:\n  User|exists: true\ncondition: sel", CMD)).isFalse();
        assertThat(fires("sel:\n  User|exists: false\ncondition: sel", CMD)).isTrue();
    }

    @Test
    void casedMatchesCaseSensitively() {
        assertThat(fires("sel:\n  CommandLine|contains|cased: '-Enc'\ncondition: sel", CMD)).isTrue();
        assertThat(fires("sel:\n  CommandLine|contains|cased: '-enc'\ncondition: sel", CMD)).isFalse();
        assertThat(fires("sel:\n  CommandLine|cased: 'POWERSHELL.EXE -NoP -Enc SQBFAFgA'\ncondition: sel", CMD)).isFalse();
    }

    @Test
    void numericComparisonsWorkOnNumbersAndNumericText() {
        assertThat(fires("sel:\n  Count|gt: 5\ncondition: sel", Map.of("Count", 6))).isTrue();
        assertThat(fires("sel:\n  Count|gt: 5\ncondition: sel", Map.of("Count", 5))).isFalse();
        assertThat(fires("sel:\n  Count|gte: 5\ncondition: sel", Map.of("Count", "5"))).isTrue();
        assertThat(fires("sel:\n  Count|lt: 5\ncondition: sel", Map.of("Count", 4L))).isTrue();
        assertThat(fires("sel:\n  Count|lte: 5\ncondition: sel", Map.of("Count", 6))).isFalse();
        assertThat(fires("sel:\n  Count|lt: 5\ncondition: sel", Map.of("Count", "many"))).isFalse();
    }

    @Test
    void windashAcceptsEveryFlagDash() {
        String rule = "sel:\n  CommandLine|windash|contains: ' -enc '\ncondition: sel";
        for (String dash : new String[] {"-", "/", "\u2013", "\u2014", "\u2015"}) {
            assertThat(fires(rule, Map.of("CommandLine", "powershell " + dash + "Enc AAA"))).as(dash).isTrue();
        }
        assertThat(fires(rule, Map.of("CommandLine", "powershell +enc AAA"))).isFalse();
    }

    @Test
    void base64EncodesTheValue() {
        String encoded = Base64.getEncoder().encodeToString("whoami /all".getBytes(StandardCharsets.UTF_8));
        assertThat(fires("sel:\n  Payload|base64: 'whoami /all'\ncondition: sel", Map.of("Payload", encoded))).isTrue();
        assertThat(fires("sel:\n  Payload|base64|contains: 'whoami'\ncondition: sel",
                Map.of("Payload", "x" + Base64.getEncoder().encodeToString("whoami".getBytes(StandardCharsets.UTF_8)))))
                .isTrue();
    }

    @Test
    void base64offsetFindsTheValueAtAnyAlignment() {
        String rule = "sel:\n  CommandLine|base64offset|contains: 'IEX'\ncondition: sel";
        for (String prefix : new String[] {"", "a", "ab", "abc"}) {
            String encoded = Base64.getEncoder().encodeToString((prefix + "IEX (New-Object)").getBytes(StandardCharsets.UTF_8));
            assertThat(fires(rule, Map.of("CommandLine", "powershell -e " + encoded))).as(prefix).isTrue();
        }
        String other = Base64.getEncoder().encodeToString("Get-Process".getBytes(StandardCharsets.UTF_8));
        assertThat(fires(rule, Map.of("CommandLine", other))).isFalse();
    }

    @Test
    void utf16EncodingsWithBase64() {
        String le = Base64.getEncoder().encodeToString("ping".getBytes(StandardCharsets.UTF_16LE));
        String be = Base64.getEncoder().encodeToString("ping".getBytes(StandardCharsets.UTF_16BE));
        assertThat(fires("sel:\n  P|utf16le|base64: 'ping'\ncondition: sel", Map.of("P", le))).isTrue();
        assertThat(fires("sel:\n  P|wide|base64: 'ping'\ncondition: sel", Map.of("P", le))).isTrue();
        assertThat(fires("sel:\n  P|utf16be|base64: 'ping'\ncondition: sel", Map.of("P", be))).isTrue();
        assertThat(fires("sel:\n  P|utf16le|base64: 'ping'\ncondition: sel", Map.of("P", be))).isFalse();
        assertThat(fires("sel:\n  P|utf16le|contains: 'ab'\ncondition: sel", Map.of("P", "xa\u0000b\u0000y"))).isTrue();
    }

    @Test
    void neqMatchesOtherValues() {
        assertThat(fires("sel:\n  LogonType|neq: 3\ncondition: sel", Map.of("LogonType", 10))).isTrue();
        assertThat(fires("sel:\n  LogonType|neq: 3\ncondition: sel", Map.of("LogonType", "3"))).isFalse();
        assertThat(fires("sel:\n  User|neq: ['admin', 'root']\ncondition: sel", Map.of("User", "ROOT"))).isFalse();
        assertThat(fires("sel:\n  User|neq: ['admin', 'root']\ncondition: sel", Map.of("User", "bob"))).isTrue();
    }

    @Test
    void fieldrefComparesTwoFieldsOfTheEvent() {
        String rule = "sel:\n  SubjectUserName|fieldref: TargetUserName\ncondition: sel";
        assertThat(fires(rule, Map.of("SubjectUserName", "Alice", "TargetUserName", "alice"))).isTrue();
        assertThat(fires(rule, Map.of("SubjectUserName", "alice", "TargetUserName", "bob"))).isFalse();
        assertThat(fires(rule, Map.of("SubjectUserName", "alice"))).isFalse();
        assertThat(fires("sel:\n  SubjectUserName|fieldref|neq: TargetUserName\ncondition: sel",
                Map.of("SubjectUserName", "alice", "TargetUserName", "bob"))).isTrue();
    }
}
