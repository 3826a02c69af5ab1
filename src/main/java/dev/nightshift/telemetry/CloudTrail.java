package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** AWS CloudTrail records ({@code aws / cloudtrail}) with the record fields and the nested {@code userIdentity} of the CloudTrail reference. */
final class CloudTrail {

    static final LogSource SOURCE = LogSource.service("aws", "cloudtrail");

    /** The IAM identity that made a call. */
    record Identity(String type, String principalId, String arn, String accountId, String accessKeyId, String userName) implements java.io.Serializable {
    }

    private CloudTrail() {
    }

    static Event call(Instant t, Identity who, String source, String name, String region, String ip, String userAgent,
                      Map<String, Object> request, String errorCode, boolean readOnly, String requestId, String eventId,
                      Truth truth) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("eventVersion", "1.08");
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", who.type());
        identity.put("principalId", who.principalId());
        identity.put("arn", who.arn());
        identity.put("accountId", who.accountId());
        identity.put("accessKeyId", who.accessKeyId());
        if (who.userName() != null) {
            identity.put("userName", who.userName());
        }
        f.put("userIdentity", identity);
        f.put("eventTime", Stamps.iso(t).substring(0, 19) + "Z");
        f.put("eventSource", source);
        f.put("eventName", name);
        f.put("awsRegion", region);
        f.put("sourceIPAddress", ip);
        f.put("userAgent", userAgent);
        if (errorCode != null) {
            f.put("errorCode", errorCode);
            f.put("errorMessage", errorCode.equals("AccessDenied") ? "Access Denied" : errorCode);
        }
        f.put("requestParameters", request);
        f.put("responseElements", null);
        f.put("requestID", requestId);
        f.put("eventID", eventId);
        f.put("readOnly", readOnly);
        f.put("eventType", "AwsApiCall");
        f.put("managementEvent", !source.equals("s3.amazonaws.com") || name.endsWith("Bucket") || name.startsWith("ListBuckets")
                || name.contains("Policy"));
        f.put("recipientAccountId", who.accountId());
        return new Event(0, t, SOURCE, null, ReadOnlyFields.own(f), truth);
    }
}
