package dev.nightshift.telemetry;

import dev.nightshift.scenario.Vocabulary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The registry of attack stage emitters by the kind scenario files name under {@code emits.kind} (a stage without
 * one uses its technique's default, see {@link Vocabulary#techniqueDefaults()}); it holds exactly the kinds of
 * {@link Vocabulary#emitters()}, checked when the class loads.
 */
final class Emitters {

    static final Map<String, Consumer<Emission>> REGISTRY;

    static {
        Map<String, Consumer<Emission>> r = new LinkedHashMap<>();
        r.put("password-spray", AccessEmitters::passwordSpray);
        r.put("remote-logon", AccessEmitters::remoteLogon);
        r.put("create-account", AccessEmitters::createAccount);
        r.put("add-to-group", AccessEmitters::addToGroup);
        r.put("ssh-brute-force", AccessEmitters::sshBruteForce);
        r.put("vpn-logon", AccessEmitters::vpnLogon);
        r.put("phishing-email", AccessEmitters::phishingEmail);
        r.put("macro-execution", HostEmitters::macroExecution);
        r.put("powershell", HostEmitters::powershell);
        r.put("process-commands", HostEmitters::processCommands);
        r.put("lsass-dump", HostEmitters::lsassDump);
        r.put("kerberoast", AccessEmitters::kerberoast);
        r.put("smb-lateral", NetworkEmitters::smbLateral);
        r.put("rdp-lateral", NetworkEmitters::rdpLateral);
        r.put("clear-logs", HostEmitters::clearLogs);
        r.put("run-key", HostEmitters::runKey);
        r.put("archive", HostEmitters::archive);
        r.put("share-harvest", NetworkEmitters::shareHarvest);
        r.put("http-beacon", NetworkEmitters::httpBeacon);
        r.put("dns-tunnel", NetworkEmitters::dnsTunnel);
        r.put("tool-download", NetworkEmitters::toolDownload);
        r.put("web-upload", NetworkEmitters::webUpload);
        r.put("shadow-delete", ImpactEmitters::shadowDelete);
        r.put("encrypt-files", ImpactEmitters::encryptFiles);
        r.put("aws-api", NetworkEmitters::awsApi);
        REGISTRY = Collections.unmodifiableMap(r);
        if (!REGISTRY.keySet().equals(Vocabulary.emitters().keySet())) {
            throw new IllegalStateException("emitter registry " + REGISTRY.keySet() + " differs from the vocabulary "
                    + Vocabulary.emitters().keySet());
        }
    }

    private Emitters() {
    }
}
