package vn.hanoi.gateway.access;

import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A request's {@link Caller} as Spring Security holds it, whichever credential proved it (API key or
 * bearer token). Its authorities are the caller's dataset names, so that actuator's "roles: ops" and
 * {@code hasAuthority("ops")} mean the ops dataset. It never keeps the credential itself.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final transient Caller caller;

    CallerAuthentication(Caller caller) {
        super(caller.datasets().stream().map(dataset -> new SimpleGrantedAuthority(dataset.wireName())).toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    /** The caller of the request this thread is serving, when it authenticated. */
    static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CallerAuthentication known ? Optional.of(known.caller) : Optional.empty();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.clientId();
    }
}
