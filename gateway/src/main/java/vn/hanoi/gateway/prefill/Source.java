package vn.hanoi.gateway.prefill;

import java.util.Optional;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.routes.registers.PrefillEvidence;

/**
 * An evidence source a procedure's component may name ({@code documents[].source}): a register, with what its
 * descriptor says about its evidence, or the warehouse ({@code register} empty).
 */
record Source(String wireName, Dataset dataset, Optional<PrefillEvidence> register) {

    static final String WAREHOUSE = Dataset.WAREHOUSE;

    static Source warehouse() {
        return new Source(WAREHOUSE, new Dataset(Dataset.WAREHOUSE), Optional.empty());
    }

    boolean isWarehouse() {
        return register.isEmpty();
    }
}
