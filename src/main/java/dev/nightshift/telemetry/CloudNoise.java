package dev.nightshift.telemetry;

import dev.nightshift.world.User;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.nightshift.sim.SeededRandom;

/**
 * Benign AWS CloudTrail activity: IT staff's console and CLI work (listing, describing, reading and writing
 * objects) and operations and finance staff fetching shipping documents, from the office, and the service roles' fixed-period jobs (a backup function writing to the backup
 * bucket, monitoring describing instances).
 */
final class CloudNoise implements java.io.Serializable {

    private static final Truth BENIGN = Truth.benign();
    private static final String REGION = "eu-west-2";
    private static final List<String[]> CALLS = List.of(
            new String[] {"ec2.amazonaws.com", "DescribeInstances"}, new String[] {"s3.amazonaws.com", "ListBuckets"},
            new String[] {"s3.amazonaws.com", "GetObject"}, new String[] {"s3.amazonaws.com", "PutObject"},
            new String[] {"s3.amazonaws.com", "ListObjects"}, new String[] {"sts.amazonaws.com", "GetCallerIdentity"},
            new String[] {"iam.amazonaws.com", "ListUsers"}, new String[] {"cloudwatch.amazonaws.com", "GetMetricData"},
            new String[] {"logs.amazonaws.com", "FilterLogEvents"}, new String[] {"ec2.amazonaws.com", "DescribeSecurityGroups"});

    private final Context c;
    private final SeededRandom random;
    private final String prefix;

    CloudNoise(Context c, SeededRandom random) {
        this.c = c;
        this.random = random;
        this.prefix = c.world.domain().substring(0, c.world.domain().indexOf('.') < 0 ? c.world.domain().length() : c.world.domain().indexOf('.'));
    }

    static CloudTrail.Identity iamUser(Context c, User user) {
        String key = "AKIA" + Integer.toHexString(user.username().hashCode()).toUpperCase(java.util.Locale.ROOT) + "EXAMPLE";
        return new CloudTrail.Identity("IAMUser", "AIDA" + Integer.toHexString(user.sid().hashCode()).toUpperCase(java.util.Locale.ROOT) + "Q3EXAMPLE",
                "arn:aws:iam::" + c.awsAccount + ":user/" + user.username(), c.awsAccount, key, user.username());
    }

    Event activity(Instant t, User user) {
        boolean operations = user.department().equals("Operations") || user.department().equals("Finance");
        User actor = user.isIt() || (operations && random.nextBoolean()) ? user : Draws.pick(c.it, random);
        String[] call = actor.isIt() ? Draws.pick(CALLS, random) : random.nextInt(3) == 0 ? CALLS.get(4) : CALLS.get(2);
        Map<String, Object> request = withKey(request(call[1], prefix + "-shipping-docs"), call[1], random);
        String agent = random.nextInt(3) == 0 ? "console.amazonaws.com" : "aws-cli/2.17.20 Python/3.11.9 Windows/10 exe/AMD64";
        return CloudTrail.call(t, iamUser(c, actor), call[0], call[1], REGION, c.world.officeOf(actor).egress().ip(), agent, request,
                random.nextInt(40) == 0 ? "AccessDenied" : null, !call[1].startsWith("Put"), id(), id(), BENIGN);
    }

    void jobs(NoiseDriver driver) {
        CloudTrail.Identity backup = role("backup-writer", "backup-function");
        CloudTrail.Identity monitor = role("monitoring", "cw-agent");
        CloudTrail.Identity etl = role("reporting-etl", "i-0a3f9c2e71b4d5e60");
        driver.every(Duration.ofMinutes(5), "cloud:backup", (t, r) -> CloudTrail.call(t, backup, "s3.amazonaws.com", "PutObject", REGION,
                "lambda.amazonaws.com", "aws-sdk-java/2.25.0", withKey(request("PutObject", prefix + "-backups"), "PutObject", r), null, false, id(r), id(r), BENIGN));
        driver.every(Duration.ofMinutes(10), "cloud:monitor", (t, r) -> CloudTrail.call(t, monitor, "ec2.amazonaws.com", "DescribeInstances",
                REGION, "ec2.amazonaws.com", "aws-sdk-go/1.50.0", null, null, true, id(r), id(r), BENIGN));
        driver.every(Duration.ofMinutes(15), "cloud:etl", (t, r) -> {
            String name = r.nextInt(3) == 0 ? "GetCallerIdentity" : r.nextBoolean() ? "ListObjects" : "GetObject";
            String source = name.equals("GetCallerIdentity") ? "sts.amazonaws.com" : "s3.amazonaws.com";
            return CloudTrail.call(t, etl, source, name, REGION, "18.135." + (1 + r.nextInt(250)) + "." + (1 + r.nextInt(250)),
                    "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79-99.167.amzn2023.x86_64 exe/x86_64.amzn.2023", withKey(request(name, prefix + "-shipping-docs"), name, r),
                    null, true, id(r), id(r), BENIGN);
        });
    }

    static Map<String, Object> request(String name, String bucket) {
        if (!name.contains("Object") && !name.equals("GetBucketPolicy") && !name.equals("PutBucketPolicy")) {
            return null;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("bucketName", bucket);
        r.put("Host", bucket + ".s3." + REGION + ".amazonaws.com");
        return r;
    }

    /**
     * The request with the object's {@code key}, as CloudTrail records it for every call on one object: exports and
     * shipping documents by year in the documents bucket, dated archives in the backup bucket.
     */
    static Map<String, Object> withKey(Map<String, Object> request, String name, SeededRandom random) {
        if (request == null || !name.endsWith("Object")) {
            return request;
        }
        Map<String, Object> r = new LinkedHashMap<>(request);
        String bucket = String.valueOf(request.get("bucketName"));
        int year = 2024 + random.nextInt(3);
        r.put("key", bucket.endsWith("-backups")
                ? "nightly/" + year + "-" + String.format("%02d", 1 + random.nextInt(12)) + "/shares-" + (10000 + random.nextInt(90000)) + ".tar.zst"
                : random.nextBoolean() ? "exports/" + year + "/manifest-" + (10000 + random.nextInt(90000)) + ".csv"
                : "shipping/" + year + "/bol-" + (10000 + random.nextInt(90000)) + ".pdf");
        return r;
    }

    private CloudTrail.Identity role(String role, String session) {
        return new CloudTrail.Identity("AssumedRole", "AROA" + Integer.toHexString(role.hashCode()).toUpperCase(java.util.Locale.ROOT) + ":" + session,
                "arn:aws:sts::" + c.awsAccount + ":assumed-role/" + role + "/" + session, c.awsAccount, "ASIA" + Integer.toHexString(session.hashCode()).toUpperCase(java.util.Locale.ROOT) + "EXAMPLE", null);
    }

    private String id() {
        return id(random);
    }

    static String id(SeededRandom r) {
        String g = Draws.guid(r);
        return g.substring(1, g.length() - 1);
    }
}
