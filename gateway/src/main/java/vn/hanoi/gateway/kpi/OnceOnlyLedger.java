package vn.hanoi.gateway.kpi;

import java.time.Instant;
import java.util.List;

/** Where prefill records, per dossier, which of its procedure's components the state's sources satisfied. */
public interface OnceOnlyLedger {

    void prefilled(PrefilledDossier dossier);

    /** One prefill of a dossier: the procedure, when, and every component with whether it was FULFILLED. */
    record PrefilledDossier(String dossierCode, String procedureCode, Instant at, List<Component> components) {

        public PrefilledDossier {
            components = List.copyOf(components);
        }
    }

    /** {@code source} null: a component only the applicant can submit (an application form, a contract). */
    record Component(String componentCode, String documentType, String source, boolean required, boolean fulfilled) {
    }
}
