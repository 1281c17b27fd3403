package vn.hanoi.gateway.access;

import java.util.Optional;
import java.util.Set;

/** The authenticated client of a request and its entitlements, whichever credential it presented. */
public record Caller(String clientId, Set<Dataset> datasets) {

    public Caller {
        datasets = Set.copyOf(datasets);
    }

    /** The caller of the request this thread is serving, when it authenticated. */
    public static Optional<Caller> current() {
        return CallerAuthentication.current();
    }

    public boolean isEntitledTo(Dataset dataset) {
        return datasets.contains(dataset);
    }
}
