package dev.nightshift.shell;

import dev.nightshift.assess.Assessments;
import dev.nightshift.assess.ProctorSecret;
import dev.nightshift.engineer.ChangeWindows;
import dev.nightshift.game.Role;
import dev.nightshift.game.Sessions;
import dev.nightshift.scenario.ScenarioLibrary;
import dev.nightshift.serve.ProctorServer;
import dev.nightshift.store.SessionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.ResultHandlerService;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.config.ShellConversionServiceSupplier;
import org.springframework.shell.context.ShellContext;

/** The hiring team's commands: {@code assessment create} and {@code serve}, the proctored SSH server. */
@Command(group = "Assessments")
public class ServeCommands {

    static final String HOST_KEY = "ssh_host_key";
    private final SessionStore store;
    private final Sessions sessions;
    private final ChangeWindows windows;
    private final ScenarioLibrary library;
    private final ObjectProvider<CommandCatalog> catalog;
    private final ObjectProvider<ResultHandlerService> results;
    private final ObjectProvider<ShellContext> context;
    private final ObjectProvider<CommandExecution.CommandExecutionHandlerMethodArgumentResolvers> resolvers;
    private final ObjectProvider<ShellConversionServiceSupplier> conversions;

    ServeCommands(SessionStore store, Sessions sessions, ChangeWindows windows, ScenarioLibrary library,
                  ObjectProvider<CommandCatalog> catalog, ObjectProvider<ResultHandlerService> results,
                  ObjectProvider<ShellContext> context,
                  ObjectProvider<CommandExecution.CommandExecutionHandlerMethodArgumentResolvers> resolvers,
                  ObjectProvider<ShellConversionServiceSupplier> conversions) {
        this.store = store;
        this.sessions = sessions;
        this.windows = windows;
        this.library = library;
        this.catalog = catalog;
        this.results = results;
        this.context = context;
        this.resolvers = resolvers;
        this.conversions = conversions;
    }

    private Assessments assessments() {
        return new Assessments(store, sessions, windows, library,
                ProctorSecret.load(Home.resolve(), System.getenv(ProctorSecret.ENVIRONMENT)),
                dev.nightshift.sim.WallTime::epochMillis);
    }

    @Command(command = "assessment create", description = "Create an assessment and print one login per candidate: assessment create --scenario ID --role analyst|engineer --candidates FILE --time-limit 90m")
    String create(@Option(longNames = "scenario", required = true, description = "a scenario offered for assessment") String scenario,
                  @Option(longNames = "role", defaultValue = "analyst", description = "analyst or engineer") String role,
                  @Option(longNames = "candidates", required = true, description = "a file: one candidate name a line, optionally followed by their OpenSSH public key") String candidates,
                  @Option(longNames = "time-limit", required = true, description = "each candidate's time from their first login, e.g. 90m") String timeLimit) {
        Role parsed = Role.parse(role).orElseThrow(() -> new BadInputException(
                "unknown role '" + role + "': choose analyst or engineer"));
        Duration limit = Durations.parse(timeLimit);
        Assessments.Created created = assessments().create(scenario, parsed, Path.of(candidates), limit);
        StringBuilder out = new StringBuilder();
        var a = created.assessment();
        out.append("Assessment ").append(a.id()).append(": ").append(a.scenario()).append(", ").append(a.role())
                .append(", ").append(created.logins().size()).append(created.logins().size() == 1 ? " candidate" : " candidates")
                .append(", time limit ").append(Durations.format(limit).equals("0m") ? limit.toSeconds() + "s"
                        : Durations.format(limit)).append(" from each candidate's first login\n\n");
        out.append(String.format("%-20s %-28s %s%n", "candidate", "login", "password or key"));
        for (Assessments.Login login : created.logins()) {
            out.append(String.format("%-20s %-28s %s%n", login.candidate(), login.login(),
                    login.token() != null ? login.token() : "public key " + login.keyFingerprint()));
        }
        out.append("\nGive each candidate their login and token (shown only now). They connect with:\n"
                + "  ssh -p <port> <login>@<this server>\n"
                + "once 'nightshift serve' runs; each plays a variant of their own.");
        return out.toString();
    }

    @Command(command = "serve", description = "Serve assessments over SSH until stopped: serve [--port 2222] [--bind 127.0.0.1]")
    String serve(@Option(longNames = "port", defaultValue = "2222", description = "the TCP port to listen on") int port,
                 @Option(longNames = "bind", defaultValue = "127.0.0.1", description = "the address to listen on (0.0.0.0: every interface)") String bind)
            throws Exception {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port " + port + " is not a TCP port: choose 1 to 65535 (0: any free one)");
        }
        CandidateCommands commands = new CandidateCommands(catalog.getObject(), results.getObject(),
                context.getObject(), resolvers.getObject(), conversions.getObject());
        Path hostKey = Home.resolve().resolve(HOST_KEY);
        ProctorServer server;
        try {
            server = ProctorServer.start(assessments(), commands, bind, port, hostKey);
        } catch (java.net.BindException e) {
            throw new UserFacingException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another --port or --bind", ErrorReporting.FAILED);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (java.io.IOException ignored) {
                // the process is going away; nothing is left to tell
            }
            stopped.countDown();
        }));
        System.out.println("nightshift serves assessments on " + bind + ":" + server.port() + " (host key "
                + server.fingerprint() + "); stop with Ctrl-C");
        System.out.flush();
        stopped.await();
        return "";
    }
}
