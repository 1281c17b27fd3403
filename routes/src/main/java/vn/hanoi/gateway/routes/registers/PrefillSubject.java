package vn.hanoi.gateway.routes.registers;

import vn.hanoi.gateway.mappings.npsp.ApplicantType;

/**
 * Whom a prefill is about, as {@code POST /api/v1/prefill} names it: the applicant (a personal id, or an enterprise
 * code in its canonical spelling) and, when the procedure needs land evidence, a parcel (null otherwise).
 */
public record PrefillSubject(ApplicantType applicantType, String applicantId, Parcel parcel) {

    /** A parcel as the request gives it, each part checked by its rule. */
    public record Parcel(String communeCode, String mapSheetNumber, String parcelNumber) {
    }

    public boolean isCitizen() {
        return applicantType == ApplicantType.CITIZEN;
    }

    @Override
    public String toString() {
        return "PrefillSubject[applicantType=" + applicantType + ", applicantId=***]";
    }
}
