package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * The baseline our generator is measured against: every event's values drawn from Datafaker as it is made (a user
 * name, an address, a host, a port), as simple generators do, instead of from a world built once.
 */
final class NaiveGenerator {

    private final Faker faker;
    private final Random random;
    private Instant now;
    private long index;

    NaiveGenerator(long seed, Instant start) {
        this.random = new dev.nightshift.sim.RandomStreams(seed).random("naive");
        this.faker = new Faker(Locale.UK, random);
        this.now = start;
    }

    Event next() {
        now = now.plusMillis(1 + random.nextInt(2000));
        boolean failed = random.nextInt(10) == 0;
        String user = faker.name().username();
        String host = "WS-" + faker.number().digits(4);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("EventID", failed ? 4625 : 4624);
        f.put("Channel", "Security");
        f.put("Provider_Name", "Microsoft-Windows-Security-Auditing");
        f.put("Computer", host + "." + faker.internet().domainName());
        f.put("TargetUserName", user);
        f.put("TargetDomainName", faker.company().name().toUpperCase(Locale.ROOT));
        f.put("LogonType", faker.options().option(2, 3, 7, 10));
        f.put("WorkstationName", host);
        f.put("IpAddress", faker.internet().privateIpV4Address());
        f.put("IpPort", String.valueOf(faker.number().numberBetween(49152, 65535)));
        if (failed) {
            f.put("Status", "0xC000006D");
            f.put("SubStatus", faker.options().option("0xC000006A", "0xC0000064"));
        }
        return new Event(index++, now, LogSource.service("windows", "security"), host, f, Truth.benign());
    }
}
