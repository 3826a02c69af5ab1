package dev.nightshift.telemetry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Email security gateway message records: sender and its server, recipient, subject, attachments, authentication results and verdict. */
final class EmailGateway {

    static final LogSource SOURCE = new LogSource("email", "email", "mail-gateway");

    /** One message through the gateway. */
    record Message(String sender, String senderIp, String recipient, String subject, String messageId, String attachment,
                   String attachmentHash, long size, String spf, String dkim, String dmarc, String verdict, String action,
                   String url) {
    }

    private EmailGateway() {
    }

    static Event message(Instant t, String gateway, String direction, Message m, Truth truth) {
        Map<String, Object> f = new LinkedHashMap<>(64);
        f.put("direction", direction);
        f.put("sender", m.sender());
        f.put("sender_domain", m.sender().substring(m.sender().indexOf('@') + 1));
        f.put("sender_ip", m.senderIp());
        f.put("recipient", m.recipient());
        f.put("subject", m.subject());
        f.put("message_id", m.messageId());
        f.put("size", m.size());
        f.put("attachment_count", m.attachment() == null ? 0 : 1);
        f.put("attachment_names", m.attachment() == null ? "" : m.attachment());
        f.put("attachment_sha256", m.attachmentHash() == null ? "" : m.attachmentHash());
        f.put("urls", m.url() == null ? "" : m.url());
        f.put("spf", m.spf());
        f.put("dkim", m.dkim());
        f.put("dmarc", m.dmarc());
        f.put("verdict", m.verdict());
        f.put("action", m.action());
        return new Event(0, t, SOURCE, gateway, ReadOnlyFields.own(f), truth);
    }
}
