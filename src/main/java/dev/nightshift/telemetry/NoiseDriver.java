package dev.nightshift.telemetry;

import dev.nightshift.scenario.DailyProfile;
import dev.nightshift.scenario.NoiseSource;
import dev.nightshift.sim.RandomStreams;
import dev.nightshift.world.Office;
import dev.nightshift.world.User;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * Drives one noise generator: per office, arrivals along the office day in its time zone; each arrival picks a
 * user by heavy-tailed activity weights (a few people do much of the work), preferring those inside their usual
 * hours, and may bring a burst of follow-ups by the same user; fixed-period jobs run beside. Only the next arrival
 * of each office is ever scheduled, so a run of any length needs constant memory.
 */
final class NoiseDriver implements java.io.Serializable {

    /** One activity of a user at a time; it returns the event it emits and may schedule follow-up events. */
    @FunctionalInterface
    interface Activity extends java.io.Serializable {
        Event run(Instant t, User user);
    }

    /** A fixed-period job: the event it emits at {@code t}, drawing from the job's own stream. */
    @FunctionalInterface
    interface Job extends java.io.Serializable {
        Event run(Instant t, SeededRandom random);
    }

    private static final double PARETO_ALPHA = 1.3;

    private final Context context;
    private final NoiseSource config;
    private final RandomStreams streams;
    private final Activity activity;
    private final SeededRandom random;

    NoiseDriver(Context context, NoiseSource config, RandomStreams streams, Activity activity) {
        this.context = context;
        this.config = config;
        this.streams = streams;
        this.activity = activity;
        this.random = streams.stream("drive");
    }

    void start() {
        int total = context.world.users().size();
        for (Office office : context.world.offices()) {
            List<User> staff = context.world.users().stream().filter(u -> u.office().equals(office.name())).toList();
            if (staff.isEmpty()) {
                continue;
            }
            int rate = (int) Math.round((double) config.ratePerHour() * staff.size() / total);
            Arrivals arrivals = new Arrivals(rate, config.profile(), office.timeZone(), context.world.businessHours(),
                    streams.stream("arrivals:" + office.name()));
            double[] cumulative = weights(staff, streams.stream("weights:" + office.name()));
            next(arrivals, staff, cumulative, office, context.start);
        }
    }

    /** Runs {@code job} every {@code period} (a few seconds late at random), first at a random phase inside the first period. */
    void every(Duration period, String name, Job job) {
        SeededRandom r = streams.stream("job:" + name);
        Instant first = context.start.plusMillis(r.nextLong(Math.max(1, period.toMillis())));
        scheduleJob(first, period, r, job);
    }

    private void scheduleJob(Instant at, Duration period, SeededRandom r, Job job) {
        if (at.isAfter(context.end)) {
            return;
        }
        context.schedule.at(at, (time, containment) -> {
            scheduleJob(time.plus(period).plusMillis(r.nextLong(5000)), period, r, job);
            return job.run(time, r);
        });
    }

    private void next(Arrivals arrivals, List<User> staff, double[] cumulative, Office office, Instant after) {
        Instant t = arrivals.next(after, context.end);
        if (t == null) {
            return;
        }
        context.schedule.at(t, (time, containment) -> {
            next(arrivals, staff, cumulative, office, time);
            User user = pick(staff, cumulative, office, time);
            burst(user, time);
            return activity.run(time, user);
        });
    }

    private void burst(User user, Instant t) {
        if (config.burst() == 0 || random.nextInt(100) >= config.burst()) {
            return;
        }
        long gap = Math.min(300_000, 500 + Math.round(-Math.log(1 - random.nextDouble()) * 15_000));
        Instant at = t.plusMillis(gap);
        if (!at.isAfter(context.end)) {
            context.schedule.at(at, (time, containment) -> {
                burst(user, time);
                return activity.run(time, user);
            });
        }
    }

    private User pick(List<User> staff, double[] cumulative, Office office, Instant t) {
        User user = staff.get(index(cumulative));
        if (config.profile() != DailyProfile.OFFICE) {
            return user;
        }
        LocalTime local = t.atZone(office.timeZone()).toLocalTime();
        for (int tries = 0; tries < 3 && (local.isBefore(user.workStart()) || local.isAfter(user.workEnd())); tries++) {
            user = staff.get(index(cumulative));
        }
        return user;
    }

    private int index(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] weights(List<User> staff, SeededRandom r) {
        double[] out = new double[staff.size()];
        double sum = 0;
        List<Double> draws = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            draws.add(Math.min(50, Math.pow(1 - r.nextDouble(), -1 / PARETO_ALPHA)));
        }
        for (int i = 0; i < out.length; i++) {
            sum += draws.get(i);
            out[i] = sum;
        }
        return out;
    }
}
