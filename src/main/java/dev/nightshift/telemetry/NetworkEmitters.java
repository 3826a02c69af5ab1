package dev.nightshift.telemetry;

import dev.nightshift.world.Host;
import dev.nightshift.world.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emitters that cross the network: lateral movement over SMB and remote desktop, harvesting a file share,
 * command-and-control over HTTPS and DNS, tool downloads, uploads to file-sharing sites and AWS API abuse.
 */
final class NetworkEmitters {

    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final List<String[]> AWS_CALLS = List.of(
            new String[] {"sts.amazonaws.com", "GetCallerIdentity"}, new String[] {"iam.amazonaws.com", "ListUsers"},
            new String[] {"iam.amazonaws.com", "ListAttachedUserPolicies"}, new String[] {"s3.amazonaws.com", "ListBuckets"},
            new String[] {"ec2.amazonaws.com", "DescribeInstances"}, new String[] {"s3.amazonaws.com", "ListObjects"},
            new String[] {"s3.amazonaws.com", "GetBucketPolicy"});

    private NetworkEmitters() {
    }

    static void smbLateral(Emission e) {
        Host target = e.host();
        User user = e.user();
        Host from = e.origin;
        Logon logon = e.c.windows.logon(target, user, 3, "NTLM", from.ip(), String.valueOf(Draws.port(e.random)), from.name(), e.random);
        e.add(WindowsSecurity.logon(e.start, logon, e.truth));
        WindowsAudit.Subject s = new WindowsAudit.Subject(user.sid(), user.username(), e.c.world.netbiosDomain(), logon.logonId());
        e.add(WindowsAudit.specialPrivileges(e.start, target.name(), e.c.fqdn(target), s, e.truth));
        String service = e.action.text("service");
        e.add(WindowsAudit.shareAccess(e.start.plusMillis(60), target.name(), e.c.fqdn(target), s, from.ip(), Draws.port(e.random),
                "\\\\*\\ADMIN$", "C:\\Windows", null, "0x1", e.truth));
        e.add(WindowsAudit.shareAccess(e.start.plusMillis(120), target.name(), e.c.fqdn(target), s, from.ip(), Draws.port(e.random),
                "\\\\*\\ADMIN$", "C:\\Windows", service + ".exe", "0x2", e.truth));
        e.add(WindowsAudit.serviceInstalled(e.start.plusMillis(500), target.name(), e.c.fqdn(target), s, service,
                "%SystemRoot%\\" + service + ".exe", e.truth));
        Proc svc = new Proc("C:\\Windows\\" + service + ".exe", "C:\\Windows\\" + service + ".exe", "NT AUTHORITY\\SYSTEM", "System", e.pid(),
                Draws.guid(e.random), "0x3e7", "C:\\Windows\\System32\\services.exe", null, 700, Draws.guid(e.random), null);
        e.add(Sysmon.process(e.start.plusMillis(700), target.name(), e.c.fqdn(target), svc, e.truth));
        Proc cmd = svc.child(HostEmitters.CMD, "cmd.exe /c C:\\Windows\\Temp\\svchost32.exe", e.pid(), Draws.guid(e.random));
        e.processStart(e.start.plusMillis(1200), target, cmd);
    }

    static void rdpLateral(Emission e) {
        Host target = e.host();
        User user = e.user();
        Host from = e.origin;
        if (e.ip() != null) {
            String pool = "172.20.9." + (10 + Math.floorMod(e.ip().hashCode(), 200));
            Logon logon = e.c.windows.logon(target, user, 10, "Negotiate", pool, String.valueOf(Draws.port(e.random)), e.attackerHost(e.ip()), e.random);
            e.add(WindowsSecurity.logon(e.start, logon, e.truth));
            return;
        }
        Proc mstsc = e.proc("C:\\Windows\\System32\\mstsc.exe", "\"C:\\Windows\\system32\\mstsc.exe\" /v:" + target.name(), "C:\\Windows\\explorer.exe", "Medium");
        e.processStart(e.start, from, mstsc);
        e.add(Sysmon.network(e.start.plusMillis(300), from.name(), e.c.fqdn(from), mstsc, "tcp", from.ip(), Draws.port(e.random), target.ip(),
                e.c.fqdn(target), 3389, e.truth));
        Logon logon = e.c.windows.logon(target, user, 10, "Negotiate", from.ip(), String.valueOf(Draws.port(e.random)), from.name(), e.random);
        e.add(WindowsSecurity.logon(e.start.plusMillis(2500 + e.random.nextInt(2000)), logon, e.truth));
    }

    static void shareHarvest(Emission e) {
        Host fs = e.host();
        User user = e.user();
        Host from = e.origin;
        WindowsAudit.Subject s = new WindowsAudit.Subject(user.sid(), user.username(), e.c.world.netbiosDomain(), Draws.logonId(e.random));
        Instant t = e.start;
        for (int i = 0; i < e.action.number("files"); i++) {
            String file = "Finance\\" + List.of("Payroll", "Invoices", "Contracts", "Banking").get(e.random.nextInt(4)) + "\\"
                    + (2020 + e.random.nextInt(7)) + "-" + (1000 + e.random.nextInt(9000)) + List.of(".xlsx", ".pdf", ".docx").get(e.random.nextInt(3));
            e.add(WindowsAudit.shareAccess(t, fs.name(), e.c.fqdn(fs), s, from.ip(), Draws.port(e.random), "\\\\*\\Shares", "D:\\Shares", file,
                    "0x1", e.truth));
            t = t.plusMillis(100 + e.random.nextInt(500));
        }
    }

    static void httpBeacon(Emission e) {
        Host host = e.host();
        User user = e.user();
        String domain = e.action.text("domain");
        long interval = e.action.duration("interval").toMillis();
        Instant t = e.start;
        for (int i = 0; i < e.action.number("count"); i++) {
            boolean task = e.random.nextInt(12) == 0;
            e.add(Proxy.request(t, e.c.proxy, host.ip(), user.username(), e.ip(), new Proxy.Request(task ? "POST" : "GET", "https", domain,
                    task ? "/api/v2/upload" : "/assets/" + Long.toString(e.random.nextLong() & 0xffffffL, 36) + ".js", null,
                    e.c.browser(user), null, task ? 4_000 + e.random.nextInt(40_000) : 300 + e.random.nextInt(120), 200 + e.random.nextInt(800),
                    200, "application/javascript", "Uncategorized"), e.truth));
            t = t.plusMillis(interval * 8 / 10 + e.random.nextLong(interval * 4 / 10 + 1));
        }
    }

    static void dnsTunnel(Emission e) {
        Host host = e.host();
        String domain = e.action.text("domain");
        long interval = e.action.duration("interval").toMillis();
        Proc ps = new Proc(HostEmitters.POWERSHELL, "powershell.exe -nop -w hidden", host.owner().isEmpty() ? "NT AUTHORITY\\SYSTEM"
                : e.c.world.netbiosDomain() + "\\" + host.owner(), "Medium", e.pid(), Draws.guid(e.random), null, HostEmitters.CMD, null,
                e.pid(), Draws.guid(e.random), null);
        Instant t = e.start;
        for (int i = 0; i < e.action.number("count"); i++) {
            StringBuilder name = new StringBuilder();
            int labels = 2 + e.random.nextInt(2);
            for (int label = 0; label < labels; label++) {
                for (int k = 0; k < 30 + e.random.nextInt(30); k++) {
                    name.append(BASE32.charAt(e.random.nextInt(32)));
                }
                name.append('.');
            }
            String query = name.append(domain).toString();
            String type = e.random.nextInt(3) == 0 ? "TXT" : "A";
            // the tunnel's server packs its reply into the answer: for an A record, four bytes that read as any address
            String address = (1 + e.random.nextInt(223)) + "." + e.random.nextInt(256) + "." + e.random.nextInt(256) + "."
                    + (1 + e.random.nextInt(254));
            e.add(Dns.query(t, e.c.dnsServer.name(), host.ip(), Draws.port(e.random), query, type, "NOERROR",
                    type.equals("TXT") ? "\"" + Long.toHexString(e.random.nextLong()) + "\"" : address, e.truth));
            e.add(Sysmon.dnsQuery(t, host.name(), e.c.fqdn(host), ps, query, type.equals("TXT") ? "type: 16" : "::ffff:" + address + ";",
                    e.truth));
            t = t.plusMillis(interval * 7 / 10 + e.random.nextLong(interval * 6 / 10 + 1));
        }
    }

    static void toolDownload(Emission e) {
        Host host = e.host();
        User user = e.user();
        String url = e.action.text("url");
        String rest = url.substring(url.indexOf("://") + 3);
        String site = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String path = rest.contains("/") ? rest.substring(rest.indexOf('/')) : "/";
        String file = "C:\\Users\\Public\\" + path.substring(path.lastIndexOf('/') + 1);
        Proc ps = e.proc(HostEmitters.POWERSHELL, "powershell.exe -nop -c \"Invoke-WebRequest -Uri " + url + " -OutFile " + file + "\"",
                HostEmitters.CMD, "Medium");
        e.processStart(e.start, host, ps);
        e.add(Proxy.request(e.start.plusMillis(400), e.c.proxy, host.ip(), user.username(), e.ip(), new Proxy.Request("GET",
                url.startsWith("https") ? "https" : "http", site, path, null, "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.22621.3880",
                null, 350, 800_000 + e.random.nextInt(2_000_000), 200, "application/octet-stream", "Uncategorized"), e.truth));
        e.add(Sysmon.fileCreate(e.start.plusMillis(1500 + e.random.nextInt(3000)), host.name(), e.c.fqdn(host), ps, file, e.truth));
    }

    static void webUpload(Emission e) {
        Host host = e.host();
        User user = e.user();
        String domain = e.action.text("domain");
        String ip = "31.216." + (144 + Math.floorMod(domain.hashCode(), 8)) + "." + (1 + Math.floorMod(domain.hashCode() >>> 8, 250));
        long bytes = e.action.number("megabytes") * 1_000_000L;
        Instant t = e.start;
        for (int i = 0; i < e.action.number("uploads"); i++) {
            long size = bytes / 2 + e.random.nextLong(bytes + 1);
            e.add(Proxy.request(t, e.c.proxy, host.ip(), user.username(), ip, new Proxy.Request("POST", "https", domain, "/api/up",
                    "id=" + Long.toString(e.random.nextLong() & 0xffffffffL, 36), e.c.browser(user), "https://" + domain + "/", size,
                    400 + e.random.nextInt(300), 200, "application/json", "File Sharing"), e.truth));
            e.add(Firewall.session(t, e.c.firewall, host.ip(), Draws.port(e.random), ip, 443, "tcp", "accept", "allow-web-out", size + 30_000,
                    20_000 + e.random.nextInt(30_000), "outbound", e.truth));
            t = t.plusMillis(30_000 + e.random.nextInt(240_000));
        }
    }

    static void awsApi(Emission e) {
        User user = e.user();
        String ip = e.ip();
        CloudTrail.Identity who = CloudNoise.iamUser(e.c, user);
        String prefix = e.c.world.domain().contains(".") ? e.c.world.domain().substring(0, e.c.world.domain().indexOf('.')) : e.c.world.domain();
        String bucket = e.action.text("bucket").isEmpty() ? prefix + "-shipping-docs" : e.action.text("bucket");
        String technique = e.stage.technique();
        String agent = "aws-cli/2.15.0 Python/3.11.6 Linux/6.5.0 exe/x86_64.ubuntu.22";
        long interval = e.action.duration("interval").toMillis();
        Instant t = e.start;
        for (int i = 0; i < e.action.number("calls"); i++) {
            String[] call = switch (technique) {
                case "T1530" -> new String[] {"s3.amazonaws.com", "GetObject"};
                case "T1537" -> i % 3 == 0 ? new String[] {"s3.amazonaws.com", "PutBucketPolicy"} : new String[] {"s3.amazonaws.com", "CopyObject"};
                case "T1619" -> new String[] {"s3.amazonaws.com", i % 4 == 0 ? "ListBuckets" : "ListObjects"};
                default -> AWS_CALLS.get(i % AWS_CALLS.size());
            };
            Map<String, Object> request = CloudNoise.withKey(CloudNoise.request(call[1], bucket), call[1], e.random);
            String error = call[1].startsWith("ListAttached") && e.random.nextBoolean() ? "AccessDenied" : null;
            e.add(CloudTrail.call(t, who, call[0], call[1], "eu-west-2", ip, agent, request, error, !call[1].startsWith("Put") && !call[1].startsWith("Copy"),
                    CloudNoise.id(e.random), CloudNoise.id(e.random), e.truth));
            t = t.plusMillis(interval / 2 + e.random.nextLong(interval + 1));
        }
    }

}
