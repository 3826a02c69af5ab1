package dev.nightshift.convert;

import java.util.List;
import java.util.Objects;

/**
 * A rule's detection as the tree a backend converts, shaped as pySigma's condition tree after the modifiers have
 * been applied: AND, OR and NOT over matches of one field (or of any field, for a keyword) with one value.
 */
sealed interface Query {

    /** True when every part holds. */
    record And(List<Query> parts) implements Query {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /**
     * True when any part holds; {@code expansion} marks the variants one written value became (windash,
     * base64offset), which pySigma converts as an OR of its own and never as a value list.
     */
    record Or(List<Query> parts, boolean expansion) implements Query {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** True when the inner query does not hold. */
    record Not(Query inner) implements Query {
        public Not {
            Objects.requireNonNull(inner, "inner");
        }
    }

    /** A field (null for a keyword, which any field may hold) compared with one value. */
    record Match(String field, Term term) implements Query {
        public Match {
            Objects.requireNonNull(term, "term");
        }

        boolean keyword() {
            return field == null;
        }
    }

    /** The value side of a match. */
    sealed interface Term {
    }

    /** A string with wildcards; {@code cased} when it must match case-sensitively. */
    record Text(SigmaText text, boolean cased) implements Term {
    }

    /** A number, as its query text. */
    record Number(String text) implements Term {
    }

    /** A boolean. */
    record Bool(boolean value) implements Term {
    }

    /** The field is null (or absent). */
    record Null() implements Term {
    }

    /** A regular expression and its flags, some of {@code i}, {@code m}, {@code s}, sorted. */
    record Regex(String pattern, String flags) implements Term {
    }

    /** An IPv4 or IPv6 network in CIDR notation. */
    record Cidr(String network) implements Term {
    }

    /** A numeric comparison: {@code <}, {@code <=}, {@code >} or {@code >=}, and the number's query text. */
    record Compare(String operator, String number) implements Term {
    }

    /** The field exists, or does not. */
    record Exists(boolean exists) implements Term {
    }

    /** The field equals another field. */
    record FieldRef(String other) implements Term {
    }
}
