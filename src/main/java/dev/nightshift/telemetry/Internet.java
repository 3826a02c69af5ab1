package dev.nightshift.telemetry;

import java.util.List;
import dev.nightshift.sim.SeededRandom;

/**
 * The benign internet the staff use: sites with their web category and the provider network that serves them
 * (addresses are drawn inside the provider's real range; partners' small sites are uncategorised, as attackers' are), user agents, and file-sharing and mail partners.
 */
final class Internet {

    /** A site: its host name, web category, provider network prefix (first two octets) and whether uploads to it are normal. */
    record Site(String host, String category, String prefix, boolean uploads) {
    }

    static final List<Site> SITES = List.of(
            new Site("outlook.office365.com", "Business", "52.97", true), new Site("teams.microsoft.com", "Business", "52.113", true),
            new Site("login.microsoftonline.com", "Business", "20.190", false), new Site("graph.microsoft.com", "Business", "20.190", true),
            new Site("onedrive.live.com", "Business", "13.107", true), new Site("www.office.com", "Business", "13.107", false),
            new Site("www.google.com", "Search Engines", "142.250", false), new Site("www.bing.com", "Search Engines", "13.107", false),
            new Site("www.bbc.co.uk", "News", "151.101", false), new Site("www.theguardian.com", "News", "151.101", false),
            new Site("www.reuters.com", "News", "151.101", false), new Site("www.linkedin.com", "Social Networking", "13.107", true),
            new Site("www.youtube.com", "Streaming Media", "142.250", false), new Site("www.amazon.co.uk", "Shopping", "54.239", false),
            new Site("www.maersk.com", "Business", "104.18", false), new Site("www.dhl.com", "Business", "104.18", false),
            new Site("www.gov.uk", "Government", "151.101", false), new Site("www.hmrc.gov.uk", "Government", "151.101", false),
            new Site("app.hubspot.com", "Business", "104.16", true), new Site("salesforce.com", "Business", "104.109", true),
            new Site("www.dropbox.com", "File Sharing", "162.125", true), new Site("wetransfer.com", "File Sharing", "104.18", true),
            new Site("github.com", "Technology", "140.82", true), new Site("stackoverflow.com", "Technology", "151.101", false),
            new Site("cdn.jsdelivr.net", "Content Delivery", "104.16", false), new Site("fonts.gstatic.com", "Content Delivery", "142.250", false),
            new Site("ajax.googleapis.com", "Content Delivery", "142.250", false), new Site("update.googleapis.com", "Software Updates", "142.250", false),
            new Site("download.windowsupdate.com", "Software Updates", "13.107", false), new Site("zoom.us", "Business", "170.114", true),
            new Site("www.xero.com", "Finance", "104.18", true), new Site("www.booking.com", "Travel", "104.18", false),
            new Site("slack.com", "Business", "3.120", true), new Site("www.weather.com", "News", "23.45", false),
            new Site("docs.google.com", "Business", "142.250", true), new Site("www.wikipedia.org", "Reference", "185.15", false),
            new Site("tracking.freight-partner.example", "Uncategorized", "104.21", false),
            new Site("portal.customs-broker.example", "Uncategorized", "172.67", true),
            new Site("cdn.rates-widget.example", "Uncategorized", "104.21", false));

    static final List<String> USER_AGENTS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.2739.42",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0",
            "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
            "Microsoft-Delivery-Optimization/10.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Teams/24215.1007.3082.1590");

    static final List<String> PARTNER_DOMAINS = List.of("maersk.com", "dhl.com", "kuehne-nagel.com", "portofrotterdam.com",
            "hapag-lloyd.com", "xero.com", "hmrc.gov.uk", "linkedin.com", "mailchimp-newsletter.com", "sage.com", "barclays.co.uk",
            "docusign.net", "zoom.us", "microsoft.com", "freightos.com", "cma-cgm.com", "evergreen-line.com", "ups.com");

    private Internet() {
    }

    /** An address of {@code site}'s provider network, stable for the site. */
    static String address(Site site) {
        int h = site.host().hashCode();
        return site.prefix() + "." + (1 + Math.floorMod(h, 250)) + "." + (1 + Math.floorMod(h >>> 8, 250));
    }

    static Site site(SeededRandom random) {
        int n = SITES.size();
        int i = (int) Math.min(n - 1, Math.floor(-Math.log(1 - random.nextDouble()) * n / 4.0));
        return SITES.get(i);
    }
}
