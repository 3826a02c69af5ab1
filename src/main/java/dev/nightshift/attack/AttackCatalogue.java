package dev.nightshift.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The MITRE ATT&CK Enterprise catalogue (techniques, sub-techniques and tactics) that nightshift ships
 * as a resource, loaded once per JVM.
 */
public final class AttackCatalogue {

    static final String RESOURCE = "/attack/enterprise-attack-18.1.json";
    private static final Pattern TECHNIQUE_ID = Pattern.compile("T\\d{4}(\\.\\d{3})?");

    private final String version;
    private final String notice;
    private final List<Tactic> tactics;
    private final Map<String, Technique> techniques;

    private AttackCatalogue(String version, String notice, List<Tactic> tactics, Map<String, Technique> techniques) {
        this.version = version;
        this.notice = notice;
        this.tactics = List.copyOf(tactics);
        this.techniques = Collections.unmodifiableMap(techniques);
    }

    /** The shipped catalogue, read from the classpath on first use. */
    public static AttackCatalogue enterprise() {
        return Holder.INSTANCE;
    }

    /**
     * The shipped catalogue's ATT&CK version, read from the head of the resource without loading the catalogue (for
     * {@code version}, which should start as fast as anything can).
     */
    public static String enterpriseVersion() {
        try (java.io.InputStream in = AttackCatalogue.class.getResourceAsStream(RESOURCE);
             com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
                     .createParser(java.util.Objects.requireNonNull(in, RESOURCE))) {
            if (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (field.equals("version")) {
                        return parser.getText();
                    }
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return enterprise().version();
    }

    /** Whether {@code id} has the shape of a technique id ({@code T1234} or {@code T1234.001}). */
    public static boolean isTechniqueId(String id) {
        return id != null && TECHNIQUE_ID.matcher(id).matches();
    }

    public String version() {
        return version;
    }

    /** MITRE's copyright designation, which every copy of the catalogue must carry. */
    public String notice() {
        return notice;
    }

    /** The tactics in matrix (kill-chain) order. */
    public List<Tactic> tactics() {
        return tactics;
    }

    public Collection<Technique> techniques() {
        return techniques.values();
    }

    /** The technique with this id, any case ({@code t1110.003} finds {@code T1110.003}). */
    public Optional<Technique> technique(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(techniques.get(id.trim().toUpperCase(Locale.ROOT)));
    }

    public Optional<Tactic> tactic(String idOrShortName) {
        return tactics.stream()
                .filter(t -> t.id().equalsIgnoreCase(idOrShortName) || t.shortName().equalsIgnoreCase(idOrShortName))
                .findFirst();
    }

    static AttackCatalogue read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, Tactic> byShortName = new LinkedHashMap<>();
        for (JsonNode t : root.path("tactics")) {
            Tactic tactic = new Tactic(t.path("id").asText(), t.path("shortName").asText(), t.path("name").asText());
            byShortName.put(tactic.shortName(), tactic);
        }
        Map<String, Technique> techniques = new LinkedHashMap<>();
        for (JsonNode t : root.path("techniques")) {
            String id = t.path("id").asText();
            List<Tactic> tactics = new ArrayList<>();
            for (JsonNode shortName : t.path("tactics")) {
                Tactic tactic = byShortName.get(shortName.asText());
                if (tactic == null) {
                    throw new IOException("technique " + id + " names unknown tactic " + shortName.asText());
                }
                tactics.add(tactic);
            }
            techniques.put(id, new Technique(id, t.path("name").asText(), tactics));
        }
        return new AttackCatalogue(root.path("version").asText(), root.path("notice").asText(),
                new ArrayList<>(byShortName.values()), techniques);
    }

    private static final class Holder {
        static final AttackCatalogue INSTANCE = load();

        private static AttackCatalogue load() {
            try (InputStream in = AttackCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the ATT&CK catalogue " + RESOURCE + " is missing from the jar");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the ATT&CK catalogue " + RESOURCE, e);
            }
        }
    }
}
