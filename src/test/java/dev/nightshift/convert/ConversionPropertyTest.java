package dev.nightshift.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.detection.SigmaSource;
import dev.nightshift.pipeline.RuleProcessing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of conversion: escaping round-trips for any value, and no rule shape makes the converter throw. */
class ConversionPropertyTest {

    private static final RuleProcessing NO_PIPELINE = RuleProcessing.load(List.of(), new ArrayList<>());

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('ä', '€', '\u2013').ofMinLength(0).ofMaxLength(24);
    }

    /** The sample the property once found: a backslash before an asterisk, both literal. */
    @net.jqwik.api.Example
    void aBackslashBeforeAnAsteriskRoundTrips() {
        literalValuesRoundTrip("\\*");
        literalValuesRoundTrip("a\\\\*b");
    }

    /** Any literal value, written escaped in a rule, comes back from each target's query once unquoted and unescaped. */
    @Property(tries = 400)
    void literalValuesRoundTrip(@ForAll("values") String value) {
        String sigma = value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
        String rule = "title: t\nlogsource: {product: windows}\ndetection:\n  sel:\n    fieldA: '"
                + sigma.replace("'", "''") + "'\n  condition: sel\n";
        Map<ConvertTarget, String> before = Map.of(ConvertTarget.SPLUNK, "fieldA=", ConvertTarget.KUSTO, "fieldA =~ ",
                ConvertTarget.LUCENE, "fieldA:", ConvertTarget.ESQL,
                "from * metadata _id, _index, _version | where fieldA==");
        for (ConvertTarget target : ConvertTarget.values()) {
            String query = convert(target, rule);
            assertThat(query).startsWith(before.get(target));
            String written = query.substring(before.get(target).length());
            if (written.startsWith("\"") && written.endsWith("\"") && written.length() >= 2) {
                written = written.substring(1, written.length() - 1);
            }
            assertThat(unescape(written)).as(target.label() + ": " + query).isEqualTo(value);
        }
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String convert(ConvertTarget target, String rule) {
        RuleConverter.FileConversion result = new RuleConverter(target, NO_PIPELINE, Map.of())
                .convert(new SigmaSource("p.yml", rule));
        assertThat(result.errors()).isEmpty();
        assertThat(result.conversions().get(0).error()).isNull();
        return result.conversions().get(0).query();
    }

    @Provide
    Arbitrary<String> rules() {
        Arbitrary<String> field = Arbitraries.of("CommandLine", "field name", "Event.Data", "a-b");
        Arbitrary<String> modifiers = Arbitraries.of("", "|contains", "|startswith", "|endswith", "|contains|all",
                "|windash", "|contains|windash", "|base64", "|base64offset|contains", "|utf16le|base64offset|contains",
                "|wide|base64offset|contains", "|re", "|re|i", "|re|m|s", "|cidr", "|exists", "|gt", "|lte",
                "|fieldref", "|cased", "|contains|cased", "|neq", "|contains|neq", "|hour");
        Arbitrary<String> value = Arbitraries.oneOf(values().map(v -> "'" + v.replace("'", "''") + "'"),
                Arbitraries.of("null", "1", "10.0.0.0/8", "true", "'-enc /x'", "'a*b?c'", "'^x.*$'", "'other'"));
        Arbitrary<String> entry = Combinators.combine(field, modifiers, value.list().ofMinSize(1).ofMaxSize(3))
                .as((f, m, v) -> "    " + f + m + ": [" + String.join(", ", v) + "]\n");
        Arbitrary<String> keyword = value.list().ofMinSize(1).ofMaxSize(2).map(v -> "  keywords: [" + String.join(", ", v)
                + "]\n");
        Arbitrary<String> condition = Arbitraries.of("sel", "sel and not filter", "1 of sel*", "all of them",
                "not (sel or filter)", "sel or keywords", "sel and keywords", "not 1 of filter*");
        return Combinators.combine(entry.list().ofMinSize(1).ofMaxSize(3), entry.list().ofMinSize(1).ofMaxSize(2),
                keyword, condition).as((sel, filter, kw, cond) -> "title: t\nlogsource: {product: windows}\n"
                + "detection:\n  sel:\n" + String.join("", sel) + "  filter:\n" + String.join("", filter) + kw
                + "  condition: " + cond + "\n");
    }

    /** Whatever the rule's shape, each target writes a query or says in a sentence why not; it never throws. */
    @Property(tries = 400)
    void everyRuleShapeConvertsOrGetsASentence(@ForAll("rules") String rule) {
        for (ConvertTarget target : ConvertTarget.values()) {
            RuleConverter.FileConversion result = new RuleConverter(target, NO_PIPELINE, Map.of())
                    .convert(new SigmaSource("p.yml", rule));
            for (String error : result.errors()) {
                assertThat(error).startsWith("p.yml:");
            }
            for (RuleConverter.Conversion conversion : result.conversions()) {
                if (conversion.converted()) {
                    assertThat(conversion.query()).isNotBlank();
                } else {
                    assertThat(conversion.error()).startsWith("p.yml:").contains("cannot convert 't' to "
                            + target.label() + ": ");
                }
            }
        }
    }
}
