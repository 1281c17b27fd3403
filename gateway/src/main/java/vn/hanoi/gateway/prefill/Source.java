package vn.hanoi.gateway.prefill;

import java.util.Arrays;
import java.util.Optional;
import vn.hanoi.gateway.access.Dataset;

/**
 * An evidence source a procedure's component may name ({@code documents[].source}), and its dataset. The catalogue
 * never names {@link #CIVIL_STATUS}: the gateway asks it first for birth and marriage certificates
 * ({@link EvidenceRules#civilStatusFirst}).
 */
enum Source {
    POPULATION(Dataset.POPULATION),
    BUSINESS(Dataset.BUSINESS),
    INSURANCE(Dataset.INSURANCE),
    LAND(Dataset.LAND),
    CIVIL_STATUS(Dataset.CIVIL_STATUS),
    WAREHOUSE(Dataset.WAREHOUSE);

    private final Dataset dataset;

    Source(Dataset dataset) {
        this.dataset = dataset;
    }

    Dataset dataset() {
        return dataset;
    }

    /** As the catalogue and the answer name it: {@code population}. */
    String wireName() {
        return dataset.wireName();
    }

    static Optional<Source> named(String name) {
        return Arrays.stream(values()).filter(source -> source.wireName().equals(name)).findFirst();
    }
}
