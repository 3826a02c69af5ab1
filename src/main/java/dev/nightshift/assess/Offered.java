package dev.nightshift.assess;

import java.util.List;

/**
 * The scenarios offered for assessment: those whose variants are shown to be equally hard (the scripted expert
 * within two points across 20 variants, {@code VariantsTest}) and to share no attack entity. Measured and left out:
 * phishing-macro-c2 (96-100), dns-tunnel-exfil (96-100) and leaked-aws-key (95-98); quiet-night has no attack.
 */
public final class Offered {

    public static final List<String> SCENARIOS = List.of("tutorial-brute-force", "impossible-travel",
            "ransomware-3am", "insider-upload");

    private Offered() {
    }
}
