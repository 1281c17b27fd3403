package vn.hanoi.gateway.access;

import java.util.Set;

/** The authenticated client of a request and its entitlements, whichever credential it presented. */
public record Caller(String clientId, Set<Dataset> datasets) {

    public Caller {
        datasets = Set.copyOf(datasets);
    }

    public boolean isEntitledTo(Dataset dataset) {
        return datasets.contains(dataset);
    }
}
