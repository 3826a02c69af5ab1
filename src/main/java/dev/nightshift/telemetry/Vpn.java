package dev.nightshift.telemetry;

import dev.nightshift.world.ExternalAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Remote-access VPN gateway records (GlobalProtect-style): who connected from which public address and where it geolocates. */
final class Vpn {

    static final LogSource SOURCE = new LogSource("paloalto", "vpn", "globalprotect");

    private Vpn() {
    }

    static Event event(Instant t, String gateway, String stage, String status, String user, ExternalAddress from, String privateIp,
                       String clientOs, String machine, long durationSeconds, String error, Truth truth) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("eventid", "globalprotect");
        f.put("stage", stage);
        f.put("status", status);
        f.put("srcuser", user);
        f.put("public_ip", from.ip());
        f.put("srcregion", from.countryCode());
        f.put("src_city", from.city());
        f.put("src_lat", from.latitude());
        f.put("src_lon", from.longitude());
        f.put("private_ip", privateIp == null ? "0.0.0.0" : privateIp);
        f.put("client_os", clientOs);
        f.put("machinename", machine);
        f.put("gateway", gateway);
        f.put("login_duration", durationSeconds);
        f.put("error", error == null ? "" : error);
        return new Event(0, t, SOURCE, gateway, ReadOnlyFields.own(f), truth);
    }
}
