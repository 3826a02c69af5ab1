package dev.nightshift.world;

import java.util.List;
import java.util.Map;

/**
 * Which autonomous system announces a public address, decided from the address alone so that it never changes
 * for a world: the big providers' ranges the staff's sites are served from, home broadband ISPs per country,
 * and hosting networks for everything else.
 */
final class Networks {

    /** An autonomous system: its number and the organisation that runs it. */
    record Asn(int number, String name) {
        @Override
        public String toString() {
            return "AS" + number + " " + name;
        }
    }

    private static final Map<String, Asn> PROVIDERS = Map.ofEntries(
            Map.entry("52.97", new Asn(8075, "Microsoft Corporation")), Map.entry("52.113", new Asn(8075, "Microsoft Corporation")),
            Map.entry("20.190", new Asn(8075, "Microsoft Corporation")), Map.entry("13.107", new Asn(8075, "Microsoft Corporation")),
            Map.entry("142.250", new Asn(15169, "Google LLC")), Map.entry("151.101", new Asn(54113, "Fastly, Inc.")),
            Map.entry("54.239", new Asn(16509, "Amazon.com, Inc.")), Map.entry("3.120", new Asn(16509, "Amazon.com, Inc.")),
            Map.entry("104.16", new Asn(13335, "Cloudflare, Inc.")), Map.entry("104.18", new Asn(13335, "Cloudflare, Inc.")),
            Map.entry("104.21", new Asn(13335, "Cloudflare, Inc.")), Map.entry("172.67", new Asn(13335, "Cloudflare, Inc.")),
            Map.entry("104.109", new Asn(20940, "Akamai International B.V.")), Map.entry("23.45", new Asn(16625, "Akamai Technologies, Inc.")),
            Map.entry("162.125", new Asn(19679, "Dropbox, Inc.")), Map.entry("140.82", new Asn(36459, "GitHub, Inc.")),
            Map.entry("170.114", new Asn(30103, "Zoom Video Communications, Inc.")), Map.entry("185.15", new Asn(14907, "Wikimedia Foundation Inc.")));

    private static final Map<String, List<Asn>> BROADBAND = Map.ofEntries(
            Map.entry("GB", List.of(new Asn(2856, "British Telecommunications PLC"), new Asn(5089, "Virgin Media Limited"), new Asn(13285, "TalkTalk Communications Limited"))),
            Map.entry("IE", List.of(new Asn(5466, "Eir Broadband"), new Asn(6830, "Liberty Global B.V."))),
            Map.entry("NL", List.of(new Asn(1136, "KPN B.V."), new Asn(33915, "Vodafone Libertel B.V."))),
            Map.entry("DE", List.of(new Asn(3320, "Deutsche Telekom AG"), new Asn(3209, "Vodafone GmbH"))),
            Map.entry("FR", List.of(new Asn(3215, "Orange S.A."), new Asn(12322, "Free SAS"))),
            Map.entry("ES", List.of(new Asn(3352, "Telefonica de Espana S.A.U."))),
            Map.entry("IT", List.of(new Asn(3269, "Telecom Italia S.p.A."))),
            Map.entry("PL", List.of(new Asn(5617, "Orange Polska Spolka Akcyjna"))),
            Map.entry("SE", List.of(new Asn(3301, "Telia Company AB"))),
            Map.entry("CH", List.of(new Asn(3303, "Swisscom (Schweiz) AG"))),
            Map.entry("US", List.of(new Asn(7922, "Comcast Cable Communications, LLC"), new Asn(701, "Verizon Business"))),
            Map.entry("CA", List.of(new Asn(577, "Bell Canada"))),
            Map.entry("SG", List.of(new Asn(9506, "Singtel Fibre Broadband"))),
            Map.entry("AU", List.of(new Asn(1221, "Telstra Limited"))));

    private static final List<Asn> HOSTING = List.of(new Asn(14061, "DigitalOcean, LLC"), new Asn(16276, "OVH SAS"),
            new Asn(24940, "Hetzner Online GmbH"), new Asn(63949, "Akamai Connected Cloud (Linode)"), new Asn(20473, "The Constant Company, LLC (Vultr)"),
            new Asn(51167, "Contabo GmbH"), new Asn(45102, "Alibaba (US) Technology Co., Ltd."), new Asn(49505, "JSC Selectel"),
            new Asn(9009, "M247 Europe SRL"), new Asn(212238, "Datacamp Limited"));

    /** The organisation's VPN provider's network, which announces its exit nodes. */
    static final Asn VPN = new Asn(9009, "M247 Europe SRL");

    private Networks() {
    }

    /** The big provider whose range holds {@code ip} (by its first two octets), if any. */
    static Asn provider(String ip) {
        String[] parts = ip.split("\\.");
        return parts.length == 4 ? PROVIDERS.get(parts[0] + "." + parts[1]) : null;
    }

    /** A home broadband ISP of {@code country}, the same one for the same address. */
    static Asn broadband(String country, String ip) {
        List<Asn> isps = BROADBAND.get(country);
        if (isps == null) {
            return new Asn(64_500 + Math.floorMod(country.hashCode(), 400), country + " national broadband");
        }
        return isps.get(Math.floorMod(ip.hashCode(), isps.size()));
    }

    /** The hosting network of a server address, the same one for the same address. */
    static Asn hosting(String ip) {
        return HOSTING.get(Math.floorMod(ip.hashCode() * 31 + 7, HOSTING.size()));
    }
}
