package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Perimeter and internal firewall session records (Sigma category {@code firewall}): addresses, ports, action, bytes. */
final class Firewall {

    static final LogSource SOURCE = new LogSource(null, "firewall", "fortigate");

    private Firewall() {
    }

    static Event session(Instant t, String firewall, String sourceIp, int sourcePort, String destinationIp, int destinationPort,
                         String protocol, String action, String rule, long bytesSent, long bytesReceived, String direction,
                         Truth truth) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("src_ip", sourceIp);
        f.put("src_port", sourcePort);
        f.put("dst_ip", destinationIp);
        f.put("dst_port", destinationPort);
        f.put("protocol", protocol);
        f.put("action", action);
        f.put("rule", rule);
        f.put("direction", direction);
        f.put("bytes_sent", bytesSent);
        f.put("bytes_received", bytesReceived);
        return new Event(0, t, SOURCE, firewall, ReadOnlyFields.own(f), truth);
    }
}
