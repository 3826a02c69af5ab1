package dev.nightshift.shell;

import dev.nightshift.engineer.ChangeWindows;
import dev.nightshift.game.Role;
import dev.nightshift.game.Sessions;
import dev.nightshift.report.Reports;
import dev.nightshift.result.ProctorSecret;
import dev.nightshift.result.ResultException;
import dev.nightshift.result.ResultFile;
import dev.nightshift.result.Signature;
import dev.nightshift.store.SessionRecord;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** Reports and signed result files of an ended session, and checking a result file's signature. */
@Command(group = "Sessions")
public class ReportCommands {

    private final Sessions sessions;
    private final ChangeWindows windows;

    ReportCommands(Sessions sessions, ChangeWindows windows) {
        this.sessions = sessions;
        this.windows = windows;
    }

    @Command(command = "report", description = "Report an ended session: report [--session ID] --format text|json|md|html|navigator [--signed] [--secret-file F] [--out FILE] [--force]")
    String report(@Option(longNames = "format", defaultValue = "text", description = "text, json (the result file), md, html (charts, self-contained) or navigator (an ATT&CK Navigator layer)") String format,
                  @Option(longNames = "session", description = "a session id such as S-0001 (default: the current one)") String session,
                  @Option(longNames = "signed", description = "sign the JSON result under the proctor secret") boolean signed,
                  @Option(longNames = "secret-file", description = "a file holding the proctor secret (default: $NIGHTSHIFT_PROCTOR_SECRET)") String secretFile,
                  @Option(longNames = "out", description = "write to this file instead of printing") String out,
                  @Option(longNames = "force", description = "replace an existing --out file") boolean force) {
        Reports.Format chosen = Reports.Format.parse(format).orElseThrow(() -> new BadInputException(
                "unknown report format '" + format + "': choose text, json, md, html or navigator"));
        if (signed && chosen != Reports.Format.JSON) {
            throw new BadInputException("--signed signs the JSON result file; add --format json");
        }
        OutputFile file = out == null ? null : OutputFile.check(Path.of(out), "--out", force);
        ProctorSecret secret = signed ? secret(secretFile) : null;
        ResultFile result = result(session);
        if (secret != null) {
            result = result.signed(secret);
        }
        if (chosen == Reports.Format.NAVIGATOR && result.card() == null) {
            throw new UserFacingException("session " + result.session().id() + " is an engineer's change window, whose"
                    + " card has no per-technique results to lay on the ATT&CK matrix; choose text, json, md or html",
                    ErrorReporting.FAILED);
        }
        String text = Reports.render(result, chosen);
        if (file == null) {
            return text.stripTrailing();
        }
        file.write(text.endsWith("\n") ? text : text + "\n");
        return "Wrote the " + chosen.word() + " report of session " + result.session().id() + " to " + file.target()
                + (secret == null ? "" : ", signed under " + secret.keyId() + " (" + secret.source() + ")") + ".";
    }

    @Command(command = {"report", "verify"}, description = "Check a result file's signature: report verify FILE [--secret-file F]; exit 0 when untouched, 1 when anything changed")
    String verify(@Option(required = true, description = "a result file written by report --format json --signed") String file,
                  @Option(longNames = "secret-file", description = "a file holding the proctor secret (default: $NIGHTSHIFT_PROCTOR_SECRET)") String secretFile) {
        ProctorSecret secret = secret(secretFile);
        Signature.Verification verdict;
        try {
            verdict = Signature.verify(Path.of(file), secret);
        } catch (ResultException e) {
            throw new BadInputException(e.getMessage());
        }
        if (!verdict.verified()) {
            System.out.println(verdict.sentence());
            System.out.flush();
            throw new ScriptCommand.AlreadyReported(ErrorReporting.FAILED);
        }
        return verdict.sentence();
    }

    private ResultFile result(String session) {
        String id = session == null ? null : session.trim().toUpperCase(Locale.ROOT);
        boolean engineer = id == null ? windows.currentIsEngineer() : sessions.sessions().stream()
                .filter(s -> s.id().equals(id)).findFirst().map(SessionRecord::role)
                .map(Role.ENGINEER.word()::equals).orElse(false);
        return engineer ? windows.result(id) : sessions.result(id);
    }

    static ProctorSecret secret(String secretFile) {
        try {
            return ProctorSecret.from(secretFile == null ? null : Path.of(secretFile),
                    System.getenv(ProctorSecret.VARIABLE));
        } catch (ResultException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
