package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Web proxy access records in the W3C fields Sigma's {@code proxy} category uses ({@code c-uri}, {@code cs-host}, {@code cs-bytes}, ...). */
final class Proxy {

    static final LogSource SOURCE = new LogSource(null, "proxy", "squid");

    /** One HTTP request as the proxy saw it. */
    record Request(String method, String scheme, String host, String path, String query, String userAgent, String referrer,
                   long bytesOut, long bytesIn, int status, String contentType, String category) {
    }

    private Proxy() {
    }

    static Event request(Instant t, String proxy, String clientIp, String user, String destinationIp, Request r, Truth truth) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        String uri = r.scheme() + "://" + r.host() + r.path() + (r.query() == null || r.query().isEmpty() ? "" : "?" + r.query());
        f.put("src_ip", clientIp);
        f.put("cs-username", user == null ? "-" : user);
        f.put("cs-method", r.method());
        f.put("cs-host", r.host());
        f.put("c-uri", uri);
        f.put("c-uri-stem", r.path());
        f.put("c-uri-query", r.query() == null ? "" : r.query());
        int dot = r.path().lastIndexOf('.');
        f.put("c-uri-extension", dot > r.path().lastIndexOf('/') && dot >= 0 ? r.path().substring(dot + 1) : "");
        f.put("c-useragent", r.userAgent());
        f.put("cs-referrer", r.referrer() == null ? "-" : r.referrer());
        f.put("cs-bytes", r.bytesOut());
        f.put("sc-bytes", r.bytesIn());
        f.put("sc-status", r.status());
        f.put("rs-content-type", r.contentType());
        f.put("dst_ip", destinationIp);
        f.put("dst_port", r.scheme().equals("https") ? 443 : 80);
        f.put("r-dns", r.host());
        f.put("category", r.category());
        f.put("action", r.status() == 403 ? "blocked" : "allowed");
        return new Event(0, t, SOURCE, proxy, ReadOnlyFields.own(f), truth);
    }
}
