package dev.nightshift.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.calibrate.Calibration;
import dev.nightshift.game.CaseAlert;
import dev.nightshift.game.Role;
import dev.nightshift.game.Shift;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.telemetry.Event;
import dev.nightshift.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Candidates cannot share answers, and none is luckier than another: across 20 variants of each scenario offered for
 * assessment, no two variants' alerts name the same attacking or attacked host, user or address, and the scripted
 * expert's score stays within {@link #SPREAD} points. A run checks {@link #VARIANTS} variants; set
 * {@code -Dnightshift.variants=all} for every offered scenario, or it takes the subset {@link #SUBSET} so that CI stays
 * quick.
 */
class VariantsTest {

    static final int VARIANTS = 20;
    static final int SPREAD = 2;
    static final List<String> SUBSET = List.of("tutorial-brute-force", "ransomware-3am");
    private static final ScenarioLibrary LIBRARY = ScenarioLibrary.bundled();
    private static final ProctorSecret SECRET = ProctorSecret.of("a test secret of the hiring team");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Set<String> USER_FIELDS = Set.of("TargetUserName", "SubjectUserName", "User", "UserPrincipalName",
            "userName", "srcuser", "cs-username", "SourceUser", "user", "sender", "recipient");

    static List<String> scenarios() {
        return "all".equals(System.getProperty("nightshift.variants")) ? Offered.SCENARIOS : SUBSET;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void variantsShareNoAttackEntityAndAreEquallyHard(String scenario) throws Exception {
        Map<String, Integer> firstSeen = new HashMap<>();
        List<Integer> scores = new ArrayList<>();
        Set<String> attackTimes = new TreeSet<>();
        for (int n = 1; n <= VARIANTS; n++) {
            String candidate = String.format(Locale.ROOT, "candidate-%02d", n);
            long seed = Variants.seed(SECRET, "A-0001", candidate);
            String ref = Variants.scenarioRef(scenario, n);
            Shift shift = Shift.open(LIBRARY.load(ref), Role.ANALYST, seed);
            shift.finish();
            World world = World.build(LIBRARY.load(ref), new RandomStreams(seed));
            Set<String> named = attackEntities(shift, attackTimes);
            named.removeIf(entity -> !ofTheWorld(world, entity));
            assertThat(named).as("variant %d names its attack", n).isNotEmpty();
            for (String entity : named) {
                Integer other = firstSeen.putIfAbsent(entity, n);
                assertThat(other).as("%s of variant %d is in variant %s too", entity, n, other).isNull();
            }
            scores.add(Calibration.expert(LIBRARY, ref, seed).score());
        }
        assertThat(attackTimes).as("the attack's first alert comes at other times").hasSizeGreaterThan(VARIANTS / 2);
        int min = scores.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = scores.stream().mapToInt(Integer::intValue).max().orElseThrow();
        System.out.println(scenario + " expert scores over " + VARIANTS + " variants: " + scores);
        assertThat(max - min).as("the expert's scores %s", scores).isLessThanOrEqualTo(SPREAD);
    }

    /**
     * Whether an entity belongs to the variant's organisation (a host, a user, one of its or the internet's addresses
     * as the world drew them), rather than to the scenario file (an account the attacker creates, a site it uploads
     * to, named there and so the same in every variant) or to a value an event carries (a DNS answer).
     */
    private static boolean ofTheWorld(World world, String entity) {
        String kind = entity.substring(0, entity.indexOf(':'));
        String name = entity.substring(entity.indexOf(':') + 1);
        return switch (kind) {
            case "host" -> world.host(name).isPresent() || world.device(name.replaceFirst("^[a-z]{3}-", "")).equals(name);
            case "user" -> world.user(name).isPresent();
            default -> world.hostByIp(name).isPresent()
                    || world.externalAddresses().stream().anyMatch(a -> a.ip().equals(name))
                    || world.vpnExits().stream().anyMatch(a -> a.ip().equals(name))
                    || world.users().stream().anyMatch(u -> world.homeOf(u).ip().equals(name))
                    || world.offices().stream().anyMatch(o -> o.egress().ip().equals(name));
        };
    }

    /** The hosts, users and addresses the attack's events in the alerts name, lower case, domains left off. */
    private static Set<String> attackEntities(Shift shift, Set<String> attackTimes) {
        Set<String> out = new HashSet<>();
        for (CaseAlert alert : shift.alerts()) {
            for (Event e : alert.events()) {
                if (!e.truth().isAttack()) {
                    continue;
                }
                attackTimes.add(alert.raisedAt().toString());
                if (e.host() != null) {
                    out.add("host:" + e.host().toLowerCase(Locale.ROOT));
                }
                collect(e.fields(), out);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> fields, Set<String> out) {
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            if (f.getValue() instanceof Map<?, ?> nested) {
                collect((Map<String, Object>) nested, out);
            } else if (f.getValue() instanceof String text && !text.isBlank() && !text.equals("-")) {
                if (IPV4.matcher(text).matches()) {
                    out.add("ip:" + text);
                } else if (USER_FIELDS.contains(f.getKey())) {
                    out.add("user:" + plainUser(text));
                }
            }
        }
    }

    private static String plainUser(String text) {
        String user = text.toLowerCase(Locale.ROOT);
        user = user.substring(user.lastIndexOf('\\') + 1);
        int at = user.indexOf('@');
        return at < 0 ? user : user.substring(0, at);
    }
}
