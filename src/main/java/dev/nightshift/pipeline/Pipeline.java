package dev.nightshift.pipeline;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Processing pipelines read as data: which Sigma logsource a raw log record belongs to, and under which field names
 * its rules find its values. Each pipeline file is played as pySigma plays it on a rule of every logsource its items
 * name ({@code add_condition} adds what the events must hold, {@code change_logsource} renames the logsource for
 * the items after it); a record belongs to every logsource whose conditions it meets in some file, so files are
 * alternatives (Sysmon, Windows audit, Defender, ...). A record gets product, category and service from the
 * logsources it meets (the first category in file and item order), then the field names that {@code
 * field_name_mapping} and {@code field_template} items give the rules of its logsource. Records that declare their
 * own {@code logsource} (nightshift's) keep it. Immutable and safe to share.
 */
public final class Pipeline {

    /** The built-in files, in the order their first category wins. */
    static final List<String> DEFAULT_FILES = List.of("windows-sysmon.yml", "windows-audit.yml",
            "windows-powershell.yml", "windows-defender.yml", "windows-kernel-file.yml", "windows-channels.yml",
            "cloud-and-network.yml");
    private static final LogSource NONE = new LogSource(null, null, null);
    private static final Route[] NO_ROUTES = new Route[0];
    private static volatile Pipeline defaults;

    private final List<String> names;
    private final Route[] unindexed;
    private final Map<String, Route[]> byChannel;
    private final List<PipelineItem> renamings;
    private final Map<String, List<String>> vars;
    private final Set<LogSource> logsources;
    private final Map<LogSource, LogSource> canonical = new java.util.concurrent.ConcurrentHashMap<>();
    /** The last logsource found, a hint only: any thread may replace it, and a stale one is merely compared. */
    private volatile LogSource lastCanonical;

    private Pipeline(List<PipelineSpec> specs) {
        List<PipelineSpec> ordered = new ArrayList<>(specs);
        ordered.sort(Comparator.comparingInt(PipelineSpec::priority));
        List<String> names = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        List<PipelineItem> renamings = new ArrayList<>();
        Map<String, List<String>> vars = new LinkedHashMap<>();
        for (PipelineSpec spec : ordered) {
            names.add(spec.name());
            routes.addAll(routes(spec));
            vars.putAll(spec.vars());
            for (PipelineItem item : spec.items()) {
                if (item.transformation() instanceof PipelineItem.FieldMapping
                        || item.transformation() instanceof PipelineItem.FieldTemplate) {
                    renamings.add(item);
                }
            }
        }
        Map<String, List<Route>> byChannel = new HashMap<>();
        List<Route> unindexed = new ArrayList<>();
        Set<LogSource> logsources = new LinkedHashSet<>();
        for (Route route : routes) {
            logsources.add(route.logsource());
            String[] channels = route.required("Channel");
            if (channels == null) {
                unindexed.add(route);
            } else {
                for (String channel : channels) {
                    byChannel.computeIfAbsent(channel, c -> new ArrayList<>()).add(route);
                }
            }
        }
        this.names = List.copyOf(names);
        this.unindexed = unindexed.toArray(Route[]::new);
        Map<String, Route[]> indexed = new HashMap<>();
        byChannel.forEach((channel, list) -> indexed.put(channel, list.toArray(Route[]::new)));
        this.byChannel = indexed;
        this.renamings = List.copyOf(renamings);
        this.vars = Collections.unmodifiableMap(vars);
        this.logsources = Collections.unmodifiableSet(logsources);
    }

    /** The built-in pipeline set, as shipped in {@code src/main/resources/pipelines/}. */
    public static Pipeline defaults() {
        Pipeline pipeline = defaults;
        if (pipeline == null) {
            List<InputProblem> problems = new ArrayList<>();
            pipeline = load(List.of(), true, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("a built-in pipeline is broken: " + problems.get(0).format());
            }
            defaults = pipeline;
        }
        return pipeline;
    }

    /**
     * The built-in files (unless {@code withDefaults} is false) and the given ones together; the problems of every
     * file go to {@code problems}, and a file with problems contributes nothing.
     */
    public static Pipeline load(List<PipelineSource> sources, boolean withDefaults, List<InputProblem> problems) {
        List<PipelineSpec> specs = new ArrayList<>();
        if (withDefaults) {
            for (String file : DEFAULT_FILES) {
                PipelineSpec spec = PipelineParser.parse(builtIn(file), problems);
                if (spec != null) {
                    specs.add(spec);
                }
            }
        }
        for (PipelineSource source : sources) {
            PipelineSpec spec = PipelineParser.parse(source, problems);
            if (spec != null) {
                specs.add(spec);
            }
        }
        return new Pipeline(specs);
    }

    static PipelineSource builtIn(String file) {
        try (InputStream in = Pipeline.class.getResourceAsStream("/pipelines/" + file)) {
            if (in == null) {
                throw new IllegalStateException("built-in pipeline missing: " + file);
            }
            return new PipelineSource("pipelines/" + file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the pipelines, in the order they run. */
    public List<String> names() {
        return names;
    }

    /** Every logsource some record can be mapped to: a rule none of these satisfies can match no mapped record. */
    public Set<LogSource> logsources() {
        return logsources;
    }

    /** The placeholder values of the pipelines' {@code vars}, by name; a later pipeline's value wins. */
    public Map<String, List<String>> vars() {
        return vars;
    }

    /**
     * The event for one record, at position {@code index} of its stream; {@code fallbackTime} stands for a record
     * with no readable timestamp.
     */
    public Event toEvent(long index, Map<String, Object> record, Instant fallbackTime) {
        return adopt(index, new LinkedHashMap<>(record), fallbackTime);
    }

    /**
     * As {@link #toEvent}, for a record map its caller hands over: the pipeline may change it, and the event keeps it
     * without a copy. Readers of large files use this.
     */
    public Event adopt(long index, Map<String, Object> record, Instant fallbackTime) {
        Instant time = RecordTime.of(record, fallbackTime);
        if (record.get("logsource") instanceof Map<?, ?> declared) {
            record.remove("logsource");
            record.remove("@timestamp");
            Object host = record.remove("host");
            return Event.adopting(index, time, canonical(new LogSource(text(declared.get("product")),
                    text(declared.get("category")), text(declared.get("service")))), host == null ? null
                    : host.toString(), record, Truth.benign());
        }
        Route[] matched = matches(record);
        LogSource logsource = canonical(combine(matched));
        return Event.adopting(index, time, logsource, host(record), rename(record, logsource, matched),
                Truth.benign());
    }

    /**
     * One instance per logsource, so the engine finds a stream's rules by identity; bounded, since logsources come
     * from the records.
     */
    private LogSource canonical(LogSource source) {
        LogSource last = lastCanonical;
        if (last != null && last.equals(source)) {
            return last;
        }
        LogSource known = canonical.get(source);
        if (known != null) {
            lastCanonical = known;
        }
        if (known != null) {
            return known;
        }
        if (canonical.size() < 1024) {
            canonical.putIfAbsent(source, source);
        }
        return source;
    }

    /** The logsource of a record without a declared one, as {@link #toEvent} assigns it. */
    public LogSource logsource(Map<String, Object> record) {
        return combine(matches(record));
    }

    private Route[] matches(Map<String, Object> record) {
        Object channel = record.get("Channel");
        Route[] candidates = channel == null ? NO_ROUTES
                : byChannel.getOrDefault(channel.toString().toLowerCase(Locale.ROOT), NO_ROUTES);
        Route[] matched = null;
        int count = 0;
        for (Route[] routes : List.of(candidates, unindexed)) {
            for (Route route : routes) {
                if (route.holds(record)) {
                    if (matched == null) {
                        matched = new Route[candidates.length + unindexed.length];
                    }
                    matched[count++] = route;
                }
            }
        }
        return matched == null ? NO_ROUTES : java.util.Arrays.copyOf(matched, count);
    }

    private static LogSource combine(Route[] matched) {
        if (matched.length == 0) {
            return NONE;
        }
        String product = null;
        String category = null;
        String service = null;
        String changedService = null;
        for (Route route : matched) {
            LogSource source = route.logsource();
            product = product != null ? product : source.product() != null ? source.product()
                    : route.changedTo().product();
            category = category != null ? category : source.category();
            service = service != null ? service : source.service();
            changedService = changedService != null ? changedService : route.changedTo().service();
        }
        return new LogSource(product, category, service != null ? service : changedService);
    }

    private Map<String, Object> rename(Map<String, Object> record, LogSource logsource, Route[] matched) {
        Map<String, Object> fields = null;
        for (PipelineItem item : renamings) {
            if (!applies(item, logsource, matched)) {
                continue;
            }
            if (item.transformation() instanceof PipelineItem.FieldMapping mapping) {
                for (Map.Entry<String, List<String>> entry : mapping.mapping().entrySet()) {
                    for (String from : entry.getValue()) {
                        Object value = record.get(from);
                        if (value != null) {
                            fields = fields == null ? new LinkedHashMap<>(record) : fields;
                            fields.put(entry.getKey(), value);
                            break;
                        }
                    }
                }
            } else if (item.transformation() instanceof PipelineItem.FieldTemplate template) {
                for (Map.Entry<String, List<String>> entry : template.templates().entrySet()) {
                    String value = FieldTemplates.fill(entry.getValue(), record);
                    if (value != null && !record.containsKey(entry.getKey())) {
                        fields = fields == null ? new LinkedHashMap<>(record) : fields;
                        fields.put(entry.getKey(), value);
                    }
                }
            }
        }
        return FieldNames.withPlainAliases(fields == null ? record : fields);
    }

    private static boolean applies(PipelineItem item, LogSource logsource, Route[] matched) {
        if (logsource.equals(NONE)) {
            return false;
        }
        if (item.appliesTo(logsource)) {
            return true;
        }
        for (Route route : matched) {
            if (item.appliesTo(route.logsource()) || item.appliesTo(route.changedTo())) {
                return true;
            }
        }
        return false;
    }

    /** Plays one file's items on a rule of each logsource they name, as pySigma would, giving one route each. */
    private static List<Route> routes(PipelineSpec spec) {
        Set<LogSource> named = new LinkedHashSet<>();
        for (PipelineItem item : spec.items()) {
            named.addAll(item.ruleConditions());
        }
        List<Route> routes = new ArrayList<>();
        for (LogSource logsource : named) {
            LogSource current = logsource;
            List<Route.Condition> conditions = new ArrayList<>();
            for (PipelineItem item : spec.items()) {
                if (!item.appliesTo(current)) {
                    continue;
                }
                if (item.transformation() instanceof PipelineItem.AddCondition add) {
                    add.conditions().forEach((field, values) -> conditions.add(Route.Condition.of(field, values)));
                } else if (item.transformation() instanceof PipelineItem.ChangeLogsource change) {
                    current = change.logsource();
                }
            }
            if (!conditions.isEmpty()) {
                routes.add(new Route(logsource, current, conditions));
            }
        }
        return routes;
    }

    private static String host(Map<String, Object> record) {
        for (String key : new String[] {"Hostname", "Computer", "host", "hostname"}) {
            Object value = record.get(key);
            if (value instanceof String s && !s.isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
