package dev.nightshift.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules indexed by anchored literals (whole values, prefixes, suffixes) fire exactly as their matchers say. */
class AnchoredIndexTest {

    @Test
    void aWholeNumberFindsTheEventHowEverItsNumberIsWritten() {
        String rule = "sel: {EventID: 4625}\ncondition: sel";

        assertThat(Fixtures.fires(rule, Map.of("EventID", 4625))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("EventID", 4625L))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("EventID", 4625.0))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("EventID", BigInteger.valueOf(4625)))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("EventID", "4625"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("EventID", List.of(1, 4625)))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("EventID", 4625.5))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("EventID", "04625"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("EventID", 46250))).isFalse();
    }

    @Test
    void aTextValueWrittenAsANumberStillMatchesNumbersByTheirText() {
        String rule = "sel: {Version: '5.0'}\ncondition: sel";

        assertThat(Fixtures.fires(rule, Map.of("Version", 5.0))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("Version", "5.0"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("Version", 5))).isFalse();
    }

    @Test
    void prefixesSuffixesAndWholeTextsIgnoreCaseAndNeedTheirEnd() {
        String rule = """
                image: {Image|endswith: '\\cmd.exe'}
                parent: {ParentImage|startswith: 'C:\\Windows\\'}
                user: {User: 'CORP\\Admin'}
                condition: image or parent or user""";

        assertThat(Fixtures.fires(rule, Map.of("Image", "C:\\WINDOWS\\System32\\CMD.EXE"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("Image", "C:\\Windows\\System32\\cmd.exe.bak"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("Image", "cmd.exe"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("ParentImage", "c:\\windows\\explorer.exe"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("ParentImage", "D:\\C:\\Windows\\x.exe"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("User", "corp\\ADMIN"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("User", "corp\\admins"))).isFalse();
        assertThat(Fixtures.fires(rule, Map.of("User", List.of("x", "CORP\\admin")))).isTrue();
    }

    @Test
    void charactersThatFoldIntoAsciiAreFoundAsTheMatcherFindsThem() {
        String rule = "sel: {Image|endswith: 'kit.exe'}\ncondition: sel";

        assertThat(Fixtures.fires(rule, Map.of("Image", "C:\\tools\\\u212Ait.exe"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("Image", "C:\\tools\\\u00e9kit.exe"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("Image", "C:\\tools\\kit.\u00e9xe"))).isFalse();
    }

    @Test
    void valuesWithWildcardsInsideFallBackToTheirLongestLiteral() {
        String rule = "sel: {CommandLine|startswith: 'net * user'}\ncondition: sel";

        assertThat(Fixtures.fires(rule, Map.of("CommandLine", "NET localgroup USER bob"))).isTrue();
        assertThat(Fixtures.fires(rule, Map.of("CommandLine", "xnet localgroup user bob"))).isFalse();
    }
}
