package dev.nightshift.telemetry;

import dev.nightshift.world.ExternalAddress;
import dev.nightshift.world.User;
import java.time.Instant;
import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * Benign mail through the gateway: partners and services writing to staff (invoices, shipping documents,
 * newsletters, the odd macro-enabled spreadsheet from a partner), staff writing out, and spam quarantined.
 */
final class MailNoise implements java.io.Serializable {

    private static final Truth BENIGN = Truth.benign();
    private static final List<String> SUBJECTS = List.of("Shipment %n booked", "Invoice %n", "RE: Delivery schedule week %w",
            "Your statement for March", "Customs declaration %n", "Meeting notes", "Newsletter: freight rates update",
            "FW: rate card %n", "Signed contract %n", "Proof of delivery %n");
    private static final List<String> ATTACHMENTS = List.of("", "", "invoice-%n.pdf", "booking-%n.pdf", "rates-%n.xlsx",
            "schedule-%n.docx", "manifest-%n.xlsm", "POD-%n.pdf");
    private static final List<String> SENDERS = List.of("accounts", "bookings", "no-reply", "ops", "billing", "info", "customs");

    private final Context c;
    private final SeededRandom random;

    MailNoise(Context c, SeededRandom random) {
        this.c = c;
        this.random = random;
    }

    Event activity(Instant t, User user) {
        String n = String.valueOf(10000 + random.nextInt(89999));
        String subject = Draws.pick(SUBJECTS, random).replace("%n", n).replace("%w", String.valueOf(1 + random.nextInt(52)));
        String attachment = Draws.pick(ATTACHMENTS, random).replace("%n", n);
        String partner = Draws.pick(Internet.PARTNER_DOMAINS, random);
        String senderIp = "40.107." + (1 + Math.floorMod(partner.hashCode(), 250)) + "." + (1 + random.nextInt(250));
        int roll = random.nextInt(100);
        if (roll < 25) {
            ExternalAddress egress = c.world.officeOf(user).egress();
            return EmailGateway.message(t, c.mailGateway, "outbound", new EmailGateway.Message(user.email(c.world.mailDomain()), egress.ip(),
                    Draws.pick(SENDERS, random) + "@" + partner, "RE: " + subject, messageId(c.world.mailDomain()),
                    attachment.isEmpty() ? null : attachment, attachment.isEmpty() ? null : hash(attachment), size(attachment),
                    "pass", "pass", "pass", "clean", "delivered", null), BENIGN);
        }
        if (roll < 33) {
            ExternalAddress spammer = Draws.pick(c.world.externalAddresses(), random);
            return EmailGateway.message(t, c.mailGateway, "inbound", new EmailGateway.Message("promo@deals-" + n + ".example", spammer.ip(),
                    user.email(c.world.mailDomain()), "You have won a voucher", messageId("deals-" + n + ".example"), null, null, 14_000,
                    "fail", "none", "fail", "spam", "quarantined", "http://deals-" + n + ".example/claim"), BENIGN);
        }
        return EmailGateway.message(t, c.mailGateway, "inbound", new EmailGateway.Message(Draws.pick(SENDERS, random) + "@" + partner, senderIp,
                user.email(c.world.mailDomain()), subject, messageId(partner), attachment.isEmpty() ? null : attachment,
                attachment.isEmpty() ? null : hash(attachment), size(attachment), "pass", "pass", "pass", "clean", "delivered",
                random.nextInt(3) == 0 ? "https://www." + partner + "/track?ref=" + n : null), BENIGN);
    }

    private long size(String attachment) {
        return attachment.isEmpty() ? 4_000 + random.nextInt(40_000) : 40_000 + random.nextInt(2_000_000);
    }

    private String messageId(String domain) {
        return "<" + Long.toHexString(random.nextLong()) + "@" + domain + ">";
    }

    /** The SHA-256-shaped digest an attachment of this name has in this simulation: stable, and different for different names. */
    static String hash(String name) {
        dev.nightshift.sim.SeededRandom bits = new dev.nightshift.sim.SeededRandom(name.hashCode() * 0x9E3779B97F4A7C15L + name.length());
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String word = Long.toHexString(bits.nextLong());
            out.append("0".repeat(16 - word.length())).append(word);
        }
        return out.toString();
    }
}
