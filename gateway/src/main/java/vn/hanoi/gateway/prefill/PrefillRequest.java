package vn.hanoi.gateway.prefill;

import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.routes.registers.PrefillSubject;

/**
 * A checked prefill request: the procedure, the dossier it prefills, the applicant (a personal id, or an enterprise
 * code in its canonical spelling) and, for land evidence, the parcel.
 */
record PrefillRequest(String procedureCode, String dossierCode, Applicant applicant, PrefillSubject.Parcel parcel) {

    /** Whom the registers are asked about. */
    PrefillSubject subject() {
        return new PrefillSubject(applicant.type(), applicant.id(), parcel);
    }

    record Applicant(ApplicantType type, String id) {

        @Override
        public String toString() {
            return "Applicant[type=" + type + ", id=***]";
        }
    }
}
