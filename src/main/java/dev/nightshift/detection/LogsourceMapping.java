package dev.nightshift.detection;

import dev.nightshift.telemetry.Event;
import dev.nightshift.telemetry.LogSource;
import dev.nightshift.telemetry.Truth;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a raw JSON-lines record into an {@link Event} with the Sigma logsource its rules expect, for logs we did not
 * write as well as ours. Our own lines carry a {@code logsource} object, {@code @timestamp} and {@code host}, used
 * as they are. A Windows record ({@code Channel} and {@code EventID}, as exported by NXLog or Winlogbeat flattened)
 * gets product {@code windows}, the service of its channel and, for Sysmon, the category of its event id; Security
 * 4688 is also {@code process_creation}, with the Sysmon field names added ({@code Image} from
 * {@code NewProcessName}, ...); {@code Provider_Name} is read from {@code SourceName} when absent. A CloudTrail
 * record ({@code eventSource} and {@code eventName}) gets product {@code aws}, service {@code cloudtrail}, and keeps
 * its nested objects for dotted field names. A Zeek DNS record gets category {@code dns}. Anything else gets an
 * empty logsource, which only rules without a logsource match.
 */
public final class LogsourceMapping {

    private static final String SYSMON = "Microsoft-Windows-Sysmon/Operational";
    private static final Map<String, String> CHANNELS = Map.ofEntries(
            Map.entry("security", "security"), Map.entry("system", "system"), Map.entry("application", "application"),
            Map.entry(SYSMON.toLowerCase(java.util.Locale.ROOT), "sysmon"),
            Map.entry("microsoft-windows-powershell/operational", "powershell"),
            Map.entry("windows powershell", "powershell-classic"),
            Map.entry("microsoft-windows-taskscheduler/operational", "taskscheduler"),
            Map.entry("microsoft-windows-windows defender/operational", "windefend"),
            Map.entry("microsoft-windows-wmi-activity/operational", "wmi"),
            Map.entry("microsoft-windows-dns-client/operational", "dns-client"),
            Map.entry("dns server", "dns-server"),
            Map.entry("microsoft-windows-bits-client/operational", "bits-client"),
            Map.entry("microsoft-windows-codeintegrity/operational", "codeintegrity-operational"),
            Map.entry("microsoft-windows-ntlm/operational", "ntlm"),
            Map.entry("microsoft-windows-smbclient/security", "smbclient-security"),
            Map.entry("microsoft-windows-printservice/admin", "printservice-admin"),
            Map.entry("microsoft-windows-printservice/operational", "printservice-operational"),
            Map.entry("microsoft-windows-terminalservices-localsessionmanager/operational",
                    "terminalservices-localsessionmanager"),
            Map.entry("microsoft-windows-windows firewall with advanced security/firewall", "firewall-as"),
            Map.entry("microsoft-windows-applocker/exe and dll", "applocker"),
            Map.entry("microsoft-windows-applocker/msi and script", "applocker"),
            Map.entry("microsoft-windows-applocker/packaged app-deployment", "applocker"),
            Map.entry("microsoft-windows-applocker/packaged app-execution", "applocker"),
            Map.entry("openssh/operational", "openssh"),
            Map.entry("microsoft-windows-ldap-client/debug", "ldap_debug"));

    private LogsourceMapping() {
    }

    /**
     * The event for one record, at position {@code index} of its stream; {@code fallbackTime} stands for a record
     * with no readable timestamp.
     */
    public static Event toEvent(long index, Map<String, Object> record, Instant fallbackTime) {
        Map<String, Object> fields = new LinkedHashMap<>(record);
        Instant time = RecordTime.of(record, fallbackTime);
        if (record.get("logsource") instanceof Map<?, ?> declared) {
            fields.remove("logsource");
            fields.remove("@timestamp");
            Object host = fields.remove("host");
            return new Event(index, time, new LogSource(text(declared.get("product")), text(declared.get("category")),
                    text(declared.get("service"))), host == null ? null : host.toString(), fields, Truth.benign());
        }
        return new Event(index, time, logsource(fields), host(record), fields, Truth.benign());
    }

    /** The logsource of a record without a declared one; adds the field aliases its rules need to {@code fields}. */
    static LogSource logsource(Map<String, Object> fields) {
        Object channel = fields.get("Channel");
        Object eventId = fields.get("EventID");
        if (channel != null && eventId != null) {
            return windows(channel.toString(), number(eventId), fields);
        }
        if (fields.get("eventSource") != null && fields.get("eventName") != null) {
            return LogSource.service("aws", "cloudtrail");
        }
        if (fields.get("query") != null && (fields.containsKey("qtype_name") || fields.containsKey("rcode_name"))) {
            return new LogSource("zeek", "dns", "dns");
        }
        return new LogSource(null, null, null);
    }

    private static LogSource windows(String channel, long eventId, Map<String, Object> fields) {
        if (!fields.containsKey("Provider_Name") && fields.get("SourceName") != null) {
            fields.put("Provider_Name", fields.get("SourceName"));
        }
        String service = CHANNELS.get(channel.toLowerCase(java.util.Locale.ROOT));
        if ("sysmon".equals(service)) {
            return new LogSource("windows", SysmonCategories.of(eventId, fields.get("EventType")), service);
        }
        if ("security".equals(service) && eventId == 4688) {
            renameProcessCreation(fields);
            return new LogSource("windows", "process_creation", service);
        }
        return new LogSource("windows", null, service);
    }

    /** Security 4688 under the Sysmon process_creation names, as SigmaHQ's process_creation guide lists them. */
    private static void renameProcessCreation(Map<String, Object> fields) {
        Object parentPid = fields.get("ProcessId");
        copy(fields, "NewProcessName", "Image");
        copy(fields, "ParentProcessName", "ParentImage");
        copy(fields, "NewProcessId", "ProcessId");
        if (parentPid != null) {
            fields.put("ParentProcessId", parentPid);
        }
        copy(fields, "MandatoryLabel", "IntegrityLevel");
        Object user = fields.get("SubjectUserName");
        Object domain = fields.get("SubjectDomainName");
        if (user != null && !fields.containsKey("User")) {
            fields.put("User", domain == null ? user.toString() : domain + "\\" + user);
        }
    }

    private static void copy(Map<String, Object> fields, String from, String to) {
        Object value = fields.get(from);
        if (value != null) {
            fields.put(to, value);
        }
    }

    private static String host(Map<String, Object> record) {
        for (String key : new String[] {"Hostname", "Computer", "host", "hostname"}) {
            Object value = record.get(key);
            if (value instanceof String s && !s.isEmpty()) {
                return s;
            }
        }
        return null;
    }

    private static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
