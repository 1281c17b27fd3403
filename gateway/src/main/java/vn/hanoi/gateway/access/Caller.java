package vn.hanoi.gateway.access;

import java.util.Set;

/** The authenticated client of a request and its entitlements. */
public record Caller(String clientId, Set<Dataset> datasets) {

    public static final String ATTRIBUTE = Caller.class.getName();

    public Caller {
        datasets = Set.copyOf(datasets);
    }

    public boolean isEntitledTo(Dataset dataset) {
        return datasets.contains(dataset);
    }
}
