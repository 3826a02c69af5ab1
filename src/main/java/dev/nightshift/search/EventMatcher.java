package dev.nightshift.search;

import dev.nightshift.telemetry.Event;
import java.util.List;
import java.util.function.Predicate;

/** A clause compiled to test one event at a time (for filters over a few events, such as an alert's). */
public final class EventMatcher {

    private final Predicate<Event> test;

    private EventMatcher(Predicate<Event> test) {
        this.test = test;
    }

    public static EventMatcher of(Expr clause) {
        return new EventMatcher(compile(clause));
    }

    public boolean matches(Event event) {
        return test.test(event);
    }

    private static Predicate<Event> compile(Expr e) {
        if (e instanceof Expr.All || e instanceof Expr.Text t && t.everything()) {
            return event -> true;
        }
        if (e instanceof Expr.Compare c && c.op() == Expr.Op.NE) {
            return compile(new Expr.Compare(c.field(), Expr.Op.EQ, c.value())).negate();
        }
        if (e instanceof Expr.Compare c) {
            ValueTest t = ValueTest.of(c);
            String field = c.field();
            return event -> {
                Object v = Fields.searchable(event, field);
                return v != null && t.test(v instanceof String s ? s : String.valueOf(v));
            };
        }
        if (e instanceof Expr.Text text) {
            ValueTest t = ValueTest.of(text);
            return event -> anyValue(event, t);
        }
        if (e instanceof Expr.Not not) {
            return compile(not.inner()).negate();
        }
        if (e instanceof Expr.And and) {
            return all(and.parts().stream().map(EventMatcher::compile).toList());
        }
        List<Predicate<Event>> parts = ((Expr.Or) e).parts().stream().map(EventMatcher::compile).toList();
        return event -> parts.stream().anyMatch(p -> p.test(event));
    }

    private static Predicate<Event> all(List<Predicate<Event>> parts) {
        return event -> {
            for (Predicate<Event> p : parts) {
                if (!p.test(event)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static boolean anyValue(Event event, ValueTest t) {
        if (event.host() != null && t.test(event.host())) {
            return true;
        }
        boolean[] hit = {false};
        Fields.eachNative(event, (name, value) -> {
            if (!hit[0] && t.test(value instanceof String s ? s : String.valueOf(value))) {
                hit[0] = true;
            }
        });
        return hit[0];
    }
}
