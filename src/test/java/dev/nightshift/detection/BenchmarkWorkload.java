package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded benchmark workload: rule packs of any size made from realistic templates (process creation, Windows
 * Security logons, DNS, CloudTrail), each rule both as Sigma YAML and as a {@link NaiveEvaluator.Rule}, and a stream
 * of events mixed as a SOC sees them, most benign, a few matching.
 */
final class BenchmarkWorkload {

    static final LogSource PROCESS = new LogSource("windows", "process_creation", "sysmon");
    static final LogSource SECURITY = LogSource.service("windows", "security");
    static final LogSource DNS = new LogSource("zeek", "dns", "dns");
    static final LogSource CLOUDTRAIL = LogSource.service("aws", "cloudtrail");

    private static final String[] TOOLS = {"rundll32", "regsvr32", "mshta", "certutil", "bitsadmin", "wmic",
        "powershell", "cmd", "schtasks", "reg", "net", "nltest", "vssadmin", "esentutl", "msbuild", "installutil"};
    private static final String[] WORDS = {"comsvcs", "minidump", "downloadstring", "invoke-expression", "bypass",
        "hidden", "encodedcommand", "urlcache", "transfer", "shadowcopy", "delete", "lsass", "sekurlsa", "mimikatz",
        "frombase64string", "webclient", "iex", "procdump", "ntds.dit", "sam", "system32", "temp", "appdata"};
    private static final String[] BENIGN = {"C:\\Windows\\System32\\svchost.exe -k netsvcs -p",
        "\"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\" --type=renderer --lang=en-US",
        "C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1", "\"C:\\Program Files\\Microsoft Office\\root\\"
        + "Office16\\OUTLOOK.EXE\" /recycle", "C:\\Windows\\System32\\RuntimeBroker.exe -Embedding",
        "\"C:\\Windows\\system32\\backgroundTaskHost.exe\" -ServerName:App.AppXmtcan0h2tfbfy7k9kn8hbxb6dmzz1zh0.mca"};
    private static final String[] DOMAINS = {"microsoft.com", "windowsupdate.com", "office365.com", "google.com",
        "slack.com", "github.com", "zoom.us", "cloudflare.net", "akamaiedge.net", "amazonaws.com"};
    private static final String[] APIS = {"ListBuckets", "GetObject", "PutObject", "DescribeInstances",
        "AssumeRole", "CreateAccessKey", "PutBucketPolicy", "DeleteTrail", "StopLogging", "ConsoleLogin"};

    private BenchmarkWorkload() {
    }

    /** A workload pack: the Sigma sources for the engine and the same rules for the naive evaluator. */
    record Pack(List<SigmaSource> sources, List<NaiveEvaluator.Rule> naive) {
    }

    static Pack pack(int size, long seed) {
        Random random = new Random(seed);
        List<SigmaSource> sources = new ArrayList<>();
        List<NaiveEvaluator.Rule> naive = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String tool = TOOLS[random.nextInt(TOOLS.length)];
            String word = WORDS[random.nextInt(WORDS.length)] + (i < WORDS.length * 2 ? "" : Integer.toString(i, 36));
            String other = WORDS[random.nextInt(WORDS.length)];
            String yaml;
            NaiveEvaluator.Rule rule;
            switch (i % 5) {
                case 0, 1 -> {
                    yaml = detection(i, "product: windows, category: process_creation", """
                              sel_img: {Image|endswith: '\\\\%s.exe'}
                              sel_cli: {CommandLine|contains|all: ['%s', '%s']}
                              filter: {ParentImage|startswith: 'C:\\\\Program Files\\\\'}
                              condition: all of sel_* and not filter
                            """.formatted(tool, word, other));
                    rule = new NaiveEvaluator.Rule(PROCESS, List.of(
                            NaiveEvaluator.Clause.glob("Image", false, "*\\" + tool + ".exe"),
                            NaiveEvaluator.Clause.all("CommandLine", "*" + word + "*", "*" + other + "*")),
                            List.of(NaiveEvaluator.Clause.glob("ParentImage", false, "C:\\Program Files\\*")));
                }
                case 2 -> {
                    yaml = detection(i, "product: windows, service: security", """
                              sel: {EventID: 4625, TargetUserName|startswith: ['%s', 'svc_%s']}
                              condition: sel
                            """.formatted(word, tool));
                    rule = new NaiveEvaluator.Rule(SECURITY, List.of(NaiveEvaluator.Clause.glob("EventID", false, "4625"),
                            NaiveEvaluator.Clause.glob("TargetUserName", false, word + "*", "svc_" + tool + "*")),
                            List.of());
                }
                case 3 -> {
                    yaml = detection(i, "category: dns", """
                              sel: {query|endswith: ['.%s.%s', '%s-%s.net']}
                              condition: sel
                            """.formatted(word, DOMAINS[i % DOMAINS.length], tool, word));
                    rule = new NaiveEvaluator.Rule(DNS, List.of(NaiveEvaluator.Clause.glob("query", false,
                            "*." + word + "." + DOMAINS[i % DOMAINS.length], "*" + tool + "-" + word + ".net")), List.of());
                }
                default -> {
                    String api = APIS[random.nextInt(APIS.length)];
                    yaml = detection(i, "product: aws, service: cloudtrail", """
                              sel: {eventName: '%s', userIdentity.arn|contains: '%s'}
                              condition: sel
                            """.formatted(api, word));
                    rule = new NaiveEvaluator.Rule(CLOUDTRAIL, List.of(NaiveEvaluator.Clause.glob("eventName", false, api),
                            NaiveEvaluator.Clause.glob("userIdentity.arn", false, "*" + word + "*")), List.of());
                }
            }
            sources.add(new SigmaSource("bench-" + i + ".yml", yaml));
            naive.add(rule);
        }
        return new Pack(sources, naive);
    }

    private static String detection(int i, String logsource, String body) {
        return "title: bench rule " + i + "\nid: bench-" + i + "\nlogsource: {" + logsource + "}\ndetection:\n" + body;
    }

    /** A stream of events in time order: half process creations, then logons, DNS and CloudTrail. */
    static List<Event> events(int count, long seed) {
        Random random = new Random(seed);
        Instant start = Instant.parse("2025-03-01T08:00:00Z");
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            int kind = random.nextInt(20);
            LogSource source;
            if (kind < 10) {
                source = PROCESS;
                boolean suspicious = random.nextInt(50) == 0;
                String tool = TOOLS[random.nextInt(TOOLS.length)];
                fields.put("EventID", 1);
                fields.put("Image", suspicious ? "C:\\Windows\\System32\\" + tool + ".exe"
                        : "C:\\Windows\\System32\\svchost.exe");
                fields.put("CommandLine", suspicious ? tool + ".exe " + WORDS[random.nextInt(WORDS.length)] + " "
                        + WORDS[random.nextInt(WORDS.length)] + " /c" : BENIGN[random.nextInt(BENIGN.length)]);
                fields.put("ParentImage", "C:\\Windows\\explorer.exe");
                fields.put("User", "CORP\\user" + random.nextInt(500));
            } else if (kind < 15) {
                source = SECURITY;
                fields.put("EventID", random.nextInt(10) == 0 ? 4625 : 4624);
                fields.put("TargetUserName", random.nextInt(20) == 0 ? WORDS[random.nextInt(WORDS.length)]
                        : "user" + random.nextInt(500));
                fields.put("IpAddress", "10.0." + random.nextInt(256) + "." + random.nextInt(256));
                fields.put("LogonType", String.valueOf(2 + random.nextInt(9)));
            } else if (kind < 18) {
                source = DNS;
                fields.put("query", "host" + random.nextInt(2000) + "." + DOMAINS[random.nextInt(DOMAINS.length)]);
                fields.put("qtype_name", "A");
            } else {
                source = CLOUDTRAIL;
                fields.put("eventSource", "s3.amazonaws.com");
                fields.put("eventName", APIS[random.nextInt(APIS.length)]);
                fields.put("userIdentity", Map.of("type", "AssumedRole", "arn",
                        "arn:aws:sts::123456789012:assumed-role/app-" + random.nextInt(50) + "/i-0abc"));
            }
            events.add(new Event(i, start.plus(Duration.ofMillis(100L * i)), source, "ws" + random.nextInt(100),
                    fields, Truth.benign()));
        }
        return events;
    }
}
