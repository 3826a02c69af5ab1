package dev.nightshift.serve;

import dev.nightshift.assess.Assessments;
import dev.nightshift.store.CandidateRecord;
import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/** Checks a candidate's login, by one-time token (the password) or by the public key the candidates file gave. */
final class Logins implements PasswordAuthenticator, PublickeyAuthenticator {

    private final Assessments assessments;

    Logins(Assessments assessments) {
        this.assessments = assessments;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Logins.class);

    @Override
    public boolean authenticate(String login, String token, ServerSession session) {
        return admit(login, () -> assessments.byToken(login, token), session);
    }

    @Override
    public boolean authenticate(String login, PublicKey key, ServerSession session) {
        return admit(login, () -> assessments.byKey(login, key), session);
    }

    private static boolean admit(String login, java.util.function.Supplier<Optional<CandidateRecord>> lookup,
                                 ServerSession session) {
        try {
            return admit(lookup.get(), session);
        } catch (RuntimeException e) {
            log.error("could not check the login of {}", login, e);
            return false;
        }
    }

    private static boolean admit(Optional<CandidateRecord> candidate, ServerSession session) {
        candidate.ifPresent(c -> session.setAttribute(CandidateChannel.CANDIDATE, c));
        return candidate.isPresent();
    }
}
