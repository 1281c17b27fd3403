package vn.hanoi.gateway.prefill;

import vn.hanoi.gateway.mappings.identifiers.CommuneCode;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;
import vn.hanoi.gateway.mappings.identifiers.ParcelReference;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.DossierCode;
import vn.hanoi.gateway.mappings.npsp.ProcedureCode;
import vn.hanoi.gateway.routes.registers.PrefillSubject;
import vn.hanoi.gateway.validation.FieldChecks;

/**
 * The body of {@code POST /api/v1/prefill} as sent ({@code API.md}); bound strictly by {@code input.StrictJson}.
 * {@link #checked()} applies each field's rule: the procedure and dossier codes, the applicant's id by its type,
 * and each part of the parcel.
 */
record PrefillBody(String procedureCode, String dossierCode, ApplicantBody applicant, ParcelBody parcel) {

    record ApplicantBody(String type, String id) {
    }

    record ParcelBody(String communeCode, String mapSheetNumber, String parcelNumber) {
    }

    PrefillRequest checked() {
        FieldChecks checks = new FieldChecks();
        String procedure = checks.identifier("procedureCode", procedureCode, new ProcedureCode());
        String dossier = checks.identifier("dossierCode", dossierCode, new DossierCode());
        PrefillRequest.Applicant who = applicant(checks);
        PrefillSubject.Parcel where = parcel == null ? null : parcel(checks);
        checks.verify();
        return new PrefillRequest(procedure, dossier, who, where);
    }

    private PrefillRequest.Applicant applicant(FieldChecks checks) {
        if (checks.present("applicant", applicant) == null) {
            return null;
        }
        ApplicantType type = checks.choice("applicant.type", applicant.type(), ApplicantType.class);
        if (type == ApplicantType.ENTERPRISE) {
            String code = checks.identifier("applicant.id", applicant.id(), new EnterpriseCode());
            return new PrefillRequest.Applicant(type, code == null ? null : EnterpriseCode.normalise(code));
        }
        String id = type == ApplicantType.CITIZEN ? checks.identifier("applicant.id", applicant.id(), PersonalId.rule())
                : checks.required("applicant.id", applicant.id(), 32);
        return new PrefillRequest.Applicant(type, id);
    }

    private PrefillSubject.Parcel parcel(FieldChecks checks) {
        String commune = checks.identifier("parcel.communeCode", parcel.communeCode(), new CommuneCode());
        String sheet = checks.identifier("parcel.mapSheetNumber", parcel.mapSheetNumber(),
                ParcelReference.mapSheetNumber());
        String number = checks.identifier("parcel.parcelNumber", parcel.parcelNumber(), ParcelReference.parcelNumber());
        return commune == null || sheet == null || number == null ? null : new PrefillSubject.Parcel(commune, sheet, number);
    }
}
