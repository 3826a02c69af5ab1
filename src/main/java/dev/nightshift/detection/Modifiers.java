package dev.nightshift.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The modifiers of a field entry, checked and sorted into a match kind, flags and value encodings. */
record Modifiers(Kind kind, boolean all, boolean cased, boolean neq, boolean windash, boolean expand, int regexFlags,
                 List<String> encodings) {

    /** How a value is compared with a field. */
    enum Kind { EQUALS, CONTAINS, STARTSWITH, ENDSWITH, RE, CIDR, EXISTS, GT, GTE, LT, LTE, FIELDREF,
        MINUTE, HOUR, DAY, WEEK, MONTH, YEAR }

    private static final Map<String, Kind> KINDS = Map.ofEntries(Map.entry("contains", Kind.CONTAINS),
            Map.entry("startswith", Kind.STARTSWITH), Map.entry("endswith", Kind.ENDSWITH), Map.entry("re", Kind.RE),
            Map.entry("cidr", Kind.CIDR), Map.entry("exists", Kind.EXISTS), Map.entry("gt", Kind.GT),
            Map.entry("gte", Kind.GTE), Map.entry("lt", Kind.LT), Map.entry("lte", Kind.LTE),
            Map.entry("fieldref", Kind.FIELDREF), Map.entry("minute", Kind.MINUTE), Map.entry("hour", Kind.HOUR),
            Map.entry("day", Kind.DAY), Map.entry("week", Kind.WEEK), Map.entry("month", Kind.MONTH),
            Map.entry("year", Kind.YEAR));
    private static final Set<String> ENCODINGS = Set.of("base64", "base64offset", "utf16le", "utf16be", "utf16", "wide");
    private static final Set<Kind> SHAPES = Set.of(Kind.CONTAINS, Kind.STARTSWITH, Kind.ENDSWITH);

    Modifiers {
        Objects.requireNonNull(kind, "kind");
        encodings = List.copyOf(encodings);
    }

    static Modifiers parse(List<FieldSpec.Modifier> written) {
        Kind kind = Kind.EQUALS;
        FieldSpec.Modifier kindModifier = null;
        boolean all = false;
        boolean cased = false;
        boolean neq = false;
        boolean windash = false;
        boolean expand = false;
        int flags = 0;
        List<String> encodings = new ArrayList<>();
        for (FieldSpec.Modifier modifier : written) {
            String name = modifier.name();
            Kind named = KINDS.get(name);
            if (named != null) {
                if (kindModifier != null) {
                    throw new RuleException(modifier.pos(), "modifier '" + name + "' cannot be combined with '"
                            + kindModifier.name() + "'");
                }
                kind = named;
                kindModifier = modifier;
            } else if (name.equals("i") || name.equals("m") || name.equals("s")) {
                if (kind != Kind.RE) {
                    throw new RuleException(modifier.pos(), "modifier '" + name + "' is allowed only after 're'");
                }
                flags |= switch (name) {
                    case "i" -> com.google.re2j.Pattern.CASE_INSENSITIVE;
                    case "m" -> com.google.re2j.Pattern.MULTILINE;
                    default -> com.google.re2j.Pattern.DOTALL;
                };
            } else if (name.equals("all")) {
                all = true;
            } else if (name.equals("cased")) {
                cased = true;
            } else if (name.equals("neq")) {
                neq = true;
            } else if (name.equals("windash")) {
                windash = true;
            } else if (name.equals("expand")) {
                expand = true;
            } else if (ENCODINGS.contains(name)) {
                encodings.add(name.equals("wide") ? "utf16le" : name);
            } else {
                throw new RuleException(modifier.pos(), "unknown modifier '" + name + "'");
            }
        }
        Modifiers result = new Modifiers(kind, all, cased, neq, windash, expand, flags, encodings);
        result.check(written);
        return result;
    }

    private void check(List<FieldSpec.Modifier> written) {
        boolean stringShaped = kind == Kind.EQUALS || SHAPES.contains(kind);
        if ((!encodings.isEmpty() || windash) && !stringShaped) {
            throw new RuleException(written.get(0).pos(), "encoding modifiers and 'windash' apply only to plain, "
                    + "contains, startswith or endswith matches");
        }
        if (!encodings.isEmpty() && windash) {
            throw new RuleException(written.get(0).pos(), "'windash' cannot be combined with an encoding modifier");
        }
        int base64 = (int) encodings.stream().filter(e -> e.startsWith("base64")).count();
        if (base64 > 1 || (base64 == 1 && !encodings.get(encodings.size() - 1).startsWith("base64"))) {
            throw new RuleException(written.get(0).pos(), "a base64 modifier must come once, after any utf16 modifier");
        }
    }
}
