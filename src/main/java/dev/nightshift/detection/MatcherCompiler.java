package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compiles a field entry and its modifiers into a {@link FieldMatcher}; all per-value work happens here, once. */
final class MatcherCompiler {

    private MatcherCompiler() {
    }

    static FieldMatcher compile(FieldSpec spec, Map<String, List<String>> placeholders) {
        Modifiers modifiers = Modifiers.parse(spec.modifiers());
        if (modifiers.expand()) {
            spec = new FieldSpec(spec.field(), spec.pos(), spec.modifiers(), Placeholders.expand(spec.values(),
                    placeholders));
        }
        if (spec.isKeyword() && modifiers.kind() == Modifiers.Kind.EQUALS) {
            modifiers = new Modifiers(Modifiers.Kind.CONTAINS, modifiers.all(), modifiers.cased(), modifiers.neq(),
                    modifiers.windash(), modifiers.expand(), modifiers.regexFlags(), modifiers.encodings());
        }
        FieldPath path = new FieldPath(spec.field());
        if (spec.isKeyword() && (modifiers.kind() == Modifiers.Kind.EXISTS || modifiers.kind() == Modifiers.Kind.FIELDREF
                || modifiers.neq())) {
            throw new RuleException(spec.pos(), "keywords cannot use 'exists', 'fieldref' or 'neq'");
        }
        if (TimePart.is(modifiers.kind())) {
            if (spec.isKeyword()) {
                throw new RuleException(spec.pos(), "keywords cannot use time modifiers; name the timestamp field");
            }
            return TimePart.compile(path, modifiers, spec.values());
        }
        switch (modifiers.kind()) {
            case EXISTS -> {
                Value value = single(spec, "exists");
                if (!(value.value() instanceof Boolean expected)) {
                    throw new RuleException(value.pos(), "'exists' takes true or false");
                }
                return FieldMatcher.exists(path, expected);
            }
            case FIELDREF -> {
                Value value = single(spec, "fieldref");
                if (!(value.value() instanceof String other) || other.isEmpty()) {
                    throw new RuleException(value.pos(), "'fieldref' takes the name of another field");
                }
                return FieldMatcher.fieldref(path, new FieldPath(other), modifiers.cased(), modifiers.neq());
            }
            default -> {
                boolean all = modifiers.all() && spec.values().size() > 1;
                List<ValueTest> tests = new ArrayList<>();
                List<IpRange> ranges = new ArrayList<>();
                for (Value value : spec.values()) {
                    if (modifiers.kind() == Modifiers.Kind.CIDR && !value.isNull() && !all) {
                        ranges.add(range(value));
                    } else {
                        tests.addAll(tests(value, modifiers));
                    }
                }
                if (!ranges.isEmpty()) { // one test for all ranges, which reads the address once
                    tests.add(ValueTest.cidr(ranges.toArray(IpRange[]::new)));
                }
                ValueTest[] compiled = tests.toArray(ValueTest[]::new);
                if (all && !modifiers.encodings().contains("base64offset")) {
                    return spec.isKeyword() ? FieldMatcher.keywords(compiled, true)
                            : FieldMatcher.values(path, compiled, true, modifiers.neq());
                }
                if (all) {
                    throw new RuleException(spec.pos(), "'all' cannot be combined with 'base64offset'");
                }
                if (spec.isKeyword()) {
                    return FieldMatcher.keywords(compiled, false);
                }
                List<String> literals = literals(spec, modifiers, compiled);
                if (literals != null) {
                    return FieldMatcher.anyLiteral(path, literals, modifiers.neq());
                }
                FirstChars firsts = firstChars(spec, modifiers, compiled);
                return firsts != null ? FieldMatcher.anyContained(path, firsts, compiled, modifiers.neq())
                        : FieldMatcher.values(path, compiled, false, modifiers.neq());
            }
        }
    }

    /**
     * The folded literals of a field entry of many plain, case-insensitive {@code contains} values, for one
     * automaton: exact, since each value's characters fold into ASCII, where {@link CaseFold} agrees with the
     * matcher's comparison; null when the entry is not of that kind.
     */
    private static List<String> literals(FieldSpec spec, Modifiers modifiers, ValueTest[] tests) {
        if (modifiers.kind() != Modifiers.Kind.CONTAINS || !modifiers.encodings().isEmpty() || modifiers.windash()
                || modifiers.cased() || tests.length < 4 || tests.length != spec.values().size()) {
            return null;
        }
        List<String> literals = new ArrayList<>();
        for (Value value : spec.values()) {
            if (value.isNull() || !(value.value() instanceof String)) {
                return null;
            }
            if (!(TextMatcher.of(Glob.parse(value.text()).widen(true, true), false)
                    instanceof TextMatcher.Contains contains)) {
                return null;
            }
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < contains.value().length(); i++) {
                int c = CaseFold.of(contains.value().charAt(i));
                if (c == CaseFold.OTHER) {
                    return null;
                }
                folded.append((char) c);
            }
            literals.add(folded.toString());
        }
        return List.copyOf(literals);
    }

    /**
     * The first characters of a field entry of many {@code contains} values, for {@link FirstChars}; null when the
     * entry is not of that kind (a number, an encoding) or too small to gain from it.
     */
    private static FirstChars firstChars(FieldSpec spec, Modifiers modifiers, ValueTest[] tests) {
        if (modifiers.kind() != Modifiers.Kind.CONTAINS || !modifiers.encodings().isEmpty() || modifiers.windash()
                || tests.length < 4 || tests.length != spec.values().size()) {
            return null;
        }
        char[] firsts = new char[tests.length];
        for (int i = 0; i < tests.length; i++) {
            Value value = spec.values().get(i);
            if (value.isNull() || !(value.value() instanceof String)) {
                return null;
            }
            int[] tokens = Glob.parse(value.text()).tokens();
            firsts[i] = tokens.length == 0 || tokens[0] < 0 ? FirstChars.ANY : (char) tokens[0];
        }
        return new FirstChars(firsts, modifiers.cased());
    }

    private static IpRange range(Value value) {
        IpRange range = IpRange.parse(value.text());
        if (range == null) {
            throw new RuleException(value.pos(), "'" + value.text() + "' is not an IPv4 or IPv6 CIDR range");
        }
        return range;
    }

    private static Value single(FieldSpec spec, String modifier) {
        if (spec.values().size() != 1) {
            throw new RuleException(spec.pos(), "'" + modifier + "' takes exactly one value");
        }
        return spec.values().get(0);
    }

    /** The tests for one written value; base64offset yields three, the others one. */
    private static List<ValueTest> tests(Value value, Modifiers modifiers) {
        if (value.isNull()) {
            return List.of(ValueTest.isNull());
        }
        switch (modifiers.kind()) {
            case RE -> {
                return List.of(ValueTest.regex(LinearRegex.compile(value, modifiers.regexFlags())));
            }
            case CIDR -> {
                return List.of(ValueTest.cidr(new IpRange[] {range(value)}));
            }
            case GT, GTE, LT, LTE -> {
                if (!(value.value() instanceof Number bound)) {
                    throw new RuleException(value.pos(), "'" + modifiers.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + "' takes a number, not '" + value.text() + "'");
                }
                return List.of(ValueTest.compare(modifiers.kind(), bound.doubleValue()));
            }
            default -> {
                return stringTests(value, modifiers);
            }
        }
    }

    private static List<ValueTest> stringTests(Value value, Modifiers modifiers) {
        Modifiers.Kind kind = modifiers.kind();
        boolean plain = kind == Modifiers.Kind.EQUALS && modifiers.encodings().isEmpty() && !modifiers.windash();
        if (plain && value.value() instanceof Long number) {
            return List.of(ValueTest.number(number));
        }
        if (plain && value.value() instanceof Double number) {
            return List.of(ValueTest.number(number));
        }
        if (plain && value.value() instanceof Boolean truth) {
            return List.of(ValueTest.bool(truth));
        }
        List<Glob> globs = new ArrayList<>();
        if (modifiers.encodings().isEmpty()) {
            Glob glob = Glob.parse(value.text());
            globs.add(modifiers.windash() ? glob.windash() : glob);
        } else {
            for (String encoded : Encodings.apply(value.text(), modifiers.encodings())) {
                globs.add(Glob.literal(encoded));
            }
        }
        boolean start = kind == Modifiers.Kind.CONTAINS || kind == Modifiers.Kind.ENDSWITH;
        boolean end = kind == Modifiers.Kind.CONTAINS || kind == Modifiers.Kind.STARTSWITH;
        List<ValueTest> tests = new ArrayList<>();
        for (Glob glob : globs) {
            tests.add(ValueTest.text(TextMatcher.of(glob.widen(start, end), modifiers.cased())));
        }
        return tests;
    }
}
