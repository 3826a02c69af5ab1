package dev.nightshift.scenario;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the optional parts of {@code organisation}: branch {@code offices}, Windows {@code servers} by role, {@code vpn_exits}. */
final class OrganisationReader {

    private OrganisationReader() {
    }

    static OfficeSpec office(Problems problems, YamlMap m) {
        int before = problems.count();
        String name = m.text("name", true);
        String city = m.has("city") ? m.text("city", false) : name;
        String country = m.text("country", true);
        if (country != null && !country.matches("[A-Z]{2}")) {
            problems.at(m.value("country", false), m.child("country"), "a country is a two-letter ISO code such as GB, got '" + country + "'");
        }
        ZoneId zone = zone(problems, m);
        Long users = m.whole("users", true, 1, Organisation.MAX_USERS);
        m.rejectUnknown();
        if (problems.count() > before) {
            return null;
        }
        return new OfficeSpec(name, city, country, zone, users.intValue());
    }

    static ZoneId zone(Problems problems, YamlMap m) {
        String text = m.text("time_zone", true);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            problems.at(m.value("time_zone", false), m.child("time_zone"), "unknown time zone '" + text + "'; use a region id such as Europe/London");
            return null;
        }
    }

    static List<HostRole> servers(Problems problems, YamlMap m) {
        List<String> words = m.texts("servers", false);
        if (words == null) {
            return null;
        }
        List<Node> nodes = ((SequenceNode) m.value("servers", false)).getValue();
        List<HostRole> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < words.size(); i++) {
            HostRole role = HostRole.parse(words.get(i)).orElse(null);
            String path = m.child("servers") + "[" + i + "]";
            if (role == null || role == HostRole.WORKSTATION || role == HostRole.LINUX_SERVER) {
                problems.at(nodes.get(i), path, "'" + words.get(i) + "' is not a Windows server role; use one of "
                        + Arrays.stream(HostRole.values()).filter(r -> r != HostRole.WORKSTATION && r != HostRole.LINUX_SERVER)
                        .map(HostRole::word).collect(Collectors.joining(", ")));
                ok = false;
            } else if (out.contains(role)) {
                problems.at(nodes.get(i), path, "server role '" + words.get(i) + "' is listed twice");
                ok = false;
            } else {
                out.add(role);
            }
        }
        return ok ? out : null;
    }

    static List<String> countries(Problems problems, YamlMap m, String key) {
        List<String> words = m.texts(key, false);
        if (words == null) {
            return null;
        }
        List<Node> nodes = ((SequenceNode) m.value(key, false)).getValue();
        boolean ok = true;
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).matches("[A-Z]{2}")) {
                problems.at(nodes.get(i), m.child(key) + "[" + i + "]", "a country is a two-letter ISO code such as NL, got '" + words.get(i) + "'");
                ok = false;
            }
        }
        return ok ? words : null;
    }
}
