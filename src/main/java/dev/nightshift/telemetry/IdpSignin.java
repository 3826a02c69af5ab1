package dev.nightshift.telemetry;

import dev.nightshift.world.ExternalAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Identity-provider sign-in records as Entra ID writes them ({@code azure / signinlogs}), with the sign-in's geolocation. */
final class IdpSignin {

    static final LogSource SOURCE = new LogSource("azure", null, "signinlogs");

    private static final Map<ExternalAddress, Map<String, Object>> LOCATIONS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Map<String, Object>> DEVICES = new java.util.concurrent.ConcurrentHashMap<>();

    private IdpSignin() {
    }

    private static Map<String, Object> location(ExternalAddress from) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("countryOrRegion", from.countryCode());
        location.put("city", from.city());
        Map<String, Object> geo = new LinkedHashMap<>();
        geo.put("latitude", from.latitude());
        geo.put("longitude", from.longitude());
        location.put("geoCoordinates", java.util.Collections.unmodifiableMap(geo));
        return java.util.Collections.unmodifiableMap(location);
    }

    private static Map<String, Object> device(String os, String browser) {
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("operatingSystem", os);
        device.put("browser", browser);
        return java.util.Collections.unmodifiableMap(device);
    }

    static Event signIn(Instant t, String upn, String displayName, ExternalAddress from, String app, String clientApp,
                        int resultType, String os, String browser, String requirement, String correlationId, Truth truth) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("CreatedDateTime", Stamps.iso(t));
        f.put("UserPrincipalName", upn);
        f.put("UserDisplayName", displayName);
        f.put("IPAddress", from.ip());
        f.put("AppDisplayName", app);
        f.put("ClientAppUsed", clientApp);
        f.put("ResultType", resultType);
        f.put("ResultDescription", switch (resultType) {
            case 0 -> "Successfully signed in";
            case 50126 -> "Invalid username or password or Invalid on-premise username or password.";
            case 50074 -> "Strong Authentication is required.";
            case 50053 -> "Account is locked because user tried to sign in too many times with an incorrect user ID or password.";
            default -> "Other";
        });
        f.put("Location", LOCATIONS.computeIfAbsent(from, IdpSignin::location));
        f.put("DeviceDetail", DEVICES.computeIfAbsent(os + "|" + browser, k -> device(os, browser)));
        f.put("AuthenticationRequirement", requirement);
        f.put("ConditionalAccessStatus", resultType == 0 ? "success" : "notApplied");
        f.put("CorrelationId", correlationId);
        return new Event(0, t, SOURCE, null, ReadOnlyFields.own(f), truth);
    }
}
