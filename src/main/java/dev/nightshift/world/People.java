package dev.nightshift.world;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.nightshift.sim.SeededRandom;

/**
 * The working lives of the staff, drawn once from the {@code world:people} stream: managers (each department's
 * first member manages the rest and reports to the first employee), usual hours, and how often each works over the VPN.
 */
final class People {

    private static final int[] START_OFFSETS = {-60, -30, -30, 0, 0, 0, 15, 30, 60};

    private final List<String[]> people;
    private final SeededRandom random;
    private final Map<String, String> heads = new HashMap<>();

    /** {@code people}: username, full name, department, title, SID, workstation. */
    People(List<String[]> people, SeededRandom random) {
        this.people = people;
        this.random = random;
        for (String[] p : people) {
            heads.putIfAbsent(p[2], p[0]);
        }
    }

    User user(int i, String office) {
        String[] p = people.get(i);
        String top = people.get(0)[0];
        String head = heads.get(p[2]);
        String manager = p[0].equals(top) ? "" : p[0].equals(head) ? top : head;
        LocalTime start = LocalTime.of(8, 30).plusMinutes(START_OFFSETS[random.nextInt(START_OFFSETS.length)]);
        LocalTime end = start.plusMinutes(8 * 60 + 30 + 15L * (random.nextInt(5) - 2));
        int roll = random.nextInt(100);
        int habit = roll < 55 ? random.nextInt(10) : roll < 85 ? 10 + random.nextInt(30) : 40 + random.nextInt(50);
        if (p[2].equals("IT") || p[2].equals("Sales")) {
            habit = Math.min(100, habit + 20);
        }
        return new User(p[0], p[1], p[2], p[3], p[4], p[5], manager, office, start, end, habit);
    }
}
