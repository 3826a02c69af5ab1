package dev.nightshift.scenario;

import java.time.Duration;

/** Reads a stage's {@code emits} mapping into a {@link StageAction}, with the fields its kind allows. */
final class StageActionReader {

    private StageActionReader() {
    }

    static StageAction read(Problems problems, YamlMap m) {
        if (m == null) {
            return null;
        }
        String kind = m.text("kind", true);
        if (kind == null) {
            m.rejectUnknown();
            return null;
        }
        int before = problems.count();
        StageAction action = switch (kind) {
            case "password-spray" -> spray(m);
            case "remote-logon" -> remoteLogon(m);
            case "create-account" -> createAccount(m);
            default -> {
                problems.at(m.value("kind", false), m.child("kind"),
                        "unknown stage kind '" + kind + "'; use one of " + String.join(", ", StageAction.KINDS));
                yield null;
            }
        };
        if (action != null || problems.count() > before) {
            m.rejectUnknown();
        }
        return problems.count() > before ? null : action;
    }

    private static StageAction spray(YamlMap m) {
        Long attempts = m.whole("attempts", false, 2, 1000);
        Duration interval = m.duration("interval", false);
        Integer logonType = logonType(m, 3);
        if (interval != null && interval.isZero()) {
            m.problems().at(m.value("interval", false), m.child("interval"), "interval must be longer than zero");
            return null;
        }
        if ((m.has("attempts") && attempts == null) || (m.has("interval") && interval == null) || logonType == null) {
            return null;
        }
        return new StageAction.PasswordSpray(attempts == null ? 30 : attempts.intValue(),
                interval == null ? Duration.ofSeconds(5) : interval, logonType);
    }

    private static StageAction remoteLogon(YamlMap m) {
        Integer logonType = logonType(m, 10);
        return logonType == null ? null : new StageAction.RemoteLogon(logonType);
    }

    private static StageAction createAccount(YamlMap m) {
        String account = m.text("account", true);
        if (account == null) {
            return null;
        }
        try {
            return new StageAction.CreateAccount(account);
        } catch (IllegalArgumentException e) {
            m.problems().at(m.value("account", false), m.child("account"), e.getMessage());
            return null;
        }
    }

    private static Integer logonType(YamlMap m, int fallback) {
        if (!m.has("logon_type")) {
            return fallback;
        }
        Long type = m.whole("logon_type", false, 0, 13);
        if (type == null) {
            return null;
        }
        if (type != 3 && type != 10) {
            m.problems().at(m.value("logon_type", false), m.child("logon_type"),
                    "logon_type must be 3 (network) or 10 (remote interactive), got " + type);
            return null;
        }
        return type.intValue();
    }
}
