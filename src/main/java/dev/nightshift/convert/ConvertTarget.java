package dev.nightshift.convert;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** A query language {@code rules convert --to} writes. */
public enum ConvertTarget {
    SPLUNK(SplunkTarget::new),
    KUSTO(KustoTarget::new),
    LUCENE(LuceneTarget::new),
    ESQL(EsqlTarget::new);

    private final Supplier<TextTarget> factory;

    ConvertTarget(Supplier<TextTarget> factory) {
        this.factory = factory;
    }

    TextTarget newWalker() {
        return factory.get();
    }

    /** The name as {@code --to} spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The target of that name, or an IllegalArgumentException saying which names there are. */
    public static ConvertTarget of(String name) {
        for (ConvertTarget target : values()) {
            if (target.label().equalsIgnoreCase(name.trim())) {
                return target;
            }
        }
        throw new IllegalArgumentException("unknown target '" + name + "' for --to (known: "
                + String.join(", ", Arrays.stream(values()).map(ConvertTarget::label).toList()) + ")");
    }
}
