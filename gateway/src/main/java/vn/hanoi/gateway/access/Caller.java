package vn.hanoi.gateway.access;

import java.util.Optional;
import java.util.Set;

/**
 * The authenticated client of a request and its entitlements, whichever credential it presented, and, when it
 * presented a person's token, the officer that token was issued to ({@code officerId}, else null: a system caller
 * names its officer in {@code X-Officer-Id}).
 */
public record Caller(String clientId, Set<Dataset> datasets, String personOfficerId) {

    public Caller {
        datasets = Set.copyOf(datasets);
    }

    /** A system caller: an API key or a client-credentials token. */
    public Caller(String clientId, Set<Dataset> datasets) {
        this(clientId, datasets, null);
    }

    /** The officer a person's token was issued to; empty for a system caller. */
    public Optional<String> officerId() {
        return Optional.ofNullable(personOfficerId);
    }

    /** The caller of the request this thread is serving, when it authenticated. */
    public static Optional<Caller> current() {
        return CallerAuthentication.current();
    }

    public boolean isEntitledTo(Dataset dataset) {
        return datasets.contains(dataset);
    }
}
