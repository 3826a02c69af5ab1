package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** DNS server query log records (Sigma category {@code dns}): client, query name and type, response code and answer. */
final class Dns {

    static final LogSource SOURCE = new LogSource("windows", "dns", "dns-server");

    private Dns() {
    }

    static Event query(Instant t, String server, String clientIp, int clientPort, String query, String type, String rcode,
                       String answer, Truth truth) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("src_ip", clientIp);
        f.put("src_port", clientPort);
        f.put("query", query);
        f.put("record_type", type);
        f.put("response_code", rcode);
        f.put("answer", answer == null ? "-" : answer);
        f.put("query_length", query.length());
        return new Event(0, t, SOURCE, server, ReadOnlyFields.own(f), truth);
    }
}
