package dev.nightshift.assess;

import java.util.List;

/**
 * The scenarios offered for assessment: those whose variants are shown to be equally hard (the scripted expert
 * within two points across 20 variants, {@code VariantsTest}) and to share no attack entity.
 */
public final class Offered {

    public static final List<String> SCENARIOS = List.of("tutorial-brute-force", "impossible-travel",
            "phishing-macro-c2", "ransomware-3am", "dns-tunnel-exfil", "leaked-aws-key", "insider-upload");

    private Offered() {
    }
}
