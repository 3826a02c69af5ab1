package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Sysmon events nightshift emits (1 process creation, 3 network connection, 10 process access, 11 file
 * create, 13 registry value set, 22 DNS query) with the field names of the Sysmon schema, each under the Sigma
 * logsource {@code windows / <category> / sysmon}.
 */
final class Sysmon {

    static final LogSource PROCESS_CREATION = new LogSource("windows", "process_creation", "sysmon");
    static final LogSource NETWORK_CONNECTION = new LogSource("windows", "network_connection", "sysmon");
    static final LogSource PROCESS_ACCESS = new LogSource("windows", "process_access", "sysmon");
    static final LogSource FILE_EVENT = new LogSource("windows", "file_event", "sysmon");
    static final LogSource REGISTRY_SET = new LogSource("windows", "registry_set", "sysmon");
    static final LogSource DNS_QUERY = new LogSource("windows", "dns_query", "sysmon");

    private Sysmon() {
    }

    static Event process(Instant t, String host, String fqdn, Proc p, Truth truth) {
        Map<String, Object> f = header(1, fqdn, t);
        f.put("ProcessGuid", p.guid());
        f.put("ProcessId", p.pid());
        f.put("Image", p.image());
        Programs.Info info = Programs.info(p.image());
        f.put("FileVersion", info.fileVersion());
        f.put("Description", info.description());
        f.put("Product", info.product());
        f.put("Company", info.company());
        f.put("OriginalFileName", info.originalFileName());
        f.put("CommandLine", p.commandLine());
        f.put("CurrentDirectory", p.currentDirectory());
        f.put("User", p.user());
        f.put("LogonId", p.logonId());
        f.put("TerminalSessionId", p.user().startsWith("NT AUTHORITY") ? 0 : 1);
        f.put("IntegrityLevel", p.integrity());
        f.put("Hashes", info.hashes());
        f.put("ParentProcessGuid", p.parentGuid());
        f.put("ParentProcessId", p.parentPid());
        f.put("ParentImage", p.parentImage());
        f.put("ParentCommandLine", p.parentCommandLine());
        f.put("ParentUser", p.user());
        return new Event(0, t, PROCESS_CREATION, host, ReadOnlyFields.own(f), truth);
    }

    static Event network(Instant t, String host, String fqdn, Proc p, String protocol, String sourceIp, int sourcePort,
                         String destinationIp, String destinationHost, int destinationPort, Truth truth) {
        Map<String, Object> f = header(3, fqdn, t);
        f.put("ProcessGuid", p.guid());
        f.put("ProcessId", p.pid());
        f.put("Image", p.image());
        f.put("User", p.user());
        f.put("Protocol", protocol);
        f.put("Initiated", true);
        f.put("SourceIsIpv6", false);
        f.put("SourceIp", sourceIp);
        f.put("SourceHostname", fqdn);
        f.put("SourcePort", sourcePort);
        f.put("SourcePortName", "-");
        f.put("DestinationIsIpv6", false);
        f.put("DestinationIp", destinationIp);
        f.put("DestinationHostname", destinationHost == null ? "-" : destinationHost);
        f.put("DestinationPort", destinationPort);
        f.put("DestinationPortName", portName(destinationPort));
        return new Event(0, t, NETWORK_CONNECTION, host, ReadOnlyFields.own(f), truth);
    }

    static Event processAccess(Instant t, String host, String fqdn, Proc source, String targetImage, int targetPid,
                               String targetGuid, String grantedAccess, String callTrace, Truth truth) {
        Map<String, Object> f = header(10, fqdn, t);
        f.put("SourceProcessGUID", source.guid());
        f.put("SourceProcessId", source.pid());
        f.put("SourceThreadId", 1000 + Math.floorMod(source.pid() * 7, 9000));
        f.put("SourceImage", source.image());
        f.put("TargetProcessGUID", targetGuid);
        f.put("TargetProcessId", targetPid);
        f.put("TargetImage", targetImage);
        f.put("GrantedAccess", grantedAccess);
        f.put("CallTrace", callTrace);
        f.put("SourceUser", source.user());
        f.put("TargetUser", "NT AUTHORITY\\SYSTEM");
        return new Event(0, t, PROCESS_ACCESS, host, ReadOnlyFields.own(f), truth);
    }

    static Event fileCreate(Instant t, String host, String fqdn, Proc p, String targetFilename, Truth truth) {
        Map<String, Object> f = header(11, fqdn, t);
        f.put("ProcessGuid", p.guid());
        f.put("ProcessId", p.pid());
        f.put("Image", p.image());
        f.put("TargetFilename", targetFilename);
        f.put("CreationUtcTime", Stamps.sysmon(t));
        f.put("User", p.user());
        return new Event(0, t, FILE_EVENT, host, ReadOnlyFields.own(f), truth);
    }

    static Event registrySet(Instant t, String host, String fqdn, Proc p, String targetObject, String details, Truth truth) {
        Map<String, Object> f = header(13, fqdn, t);
        f.put("EventType", "SetValue");
        f.put("ProcessGuid", p.guid());
        f.put("ProcessId", p.pid());
        f.put("Image", p.image());
        f.put("TargetObject", targetObject);
        f.put("Details", details);
        f.put("User", p.user());
        return new Event(0, t, REGISTRY_SET, host, ReadOnlyFields.own(f), truth);
    }

    static Event dnsQuery(Instant t, String host, String fqdn, Proc p, String queryName, String results, Truth truth) {
        Map<String, Object> f = header(22, fqdn, t);
        f.put("ProcessGuid", p.guid());
        f.put("ProcessId", p.pid());
        f.put("QueryName", queryName);
        f.put("QueryStatus", results == null ? "9003" : "0");
        f.put("QueryResults", results == null ? "-" : results);
        f.put("Image", p.image());
        f.put("User", p.user());
        return new Event(0, t, DNS_QUERY, host, ReadOnlyFields.own(f), truth);
    }

    private static Map<String, Object> header(int id, String fqdn, Instant t) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("EventID", id);
        f.put("Channel", "Microsoft-Windows-Sysmon/Operational");
        f.put("Provider_Name", "Microsoft-Windows-Sysmon");
        f.put("Computer", fqdn);
        f.put("RuleName", "-");
        f.put("UtcTime", Stamps.sysmon(t));
        return f;
    }

    private static String portName(int port) {
        return switch (port) {
            case 53 -> "domain";
            case 80 -> "http";
            case 443 -> "https";
            case 445 -> "microsoft-ds";
            case 135 -> "epmap";
            case 3389 -> "ms-wbt-server";
            case 389 -> "ldap";
            case 88 -> "kerberos";
            default -> "-";
        };
    }
}
