package vn.hanoi.gateway.prefill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.input.StrictJson;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldCodes;
import vn.hanoi.gateway.problem.FieldError;
import vn.hanoi.gateway.routes.registers.PrefillSubject;

/** The prefill body is read strictly: unknown fields, wrong types and broken identifier rules are all 400. */
class PrefillBodyTest {

    private final StrictJson json = new StrictJson(new ObjectMapper());

    @Test
    void readsAWellFormedRequestWithTheEnterpriseCodeInItsCanonicalSpelling() {
        PrefillRequest request = read("""
                {"procedureCode": "9.000007", "dossierCode": "000.00.00.H00-261128-0001",
                 "applicant": {"type": "ENTERPRISE", "id": "0111691112001"}}""");

        assertThat(request.applicant()).isEqualTo(new PrefillRequest.Applicant(ApplicantType.ENTERPRISE, "0111691112-001"));
        assertThat(request.parcel()).isNull();
    }

    @Test
    void keepsTheParcelInItsLookupSpelling() {
        PrefillRequest request = read("""
                {"procedureCode": "9.000006", "dossierCode": "H00-261128-0002",
                 "applicant": {"type": "CITIZEN", "id": "001300973597"},
                 "parcel": {"communeCode": "10084", "mapSheetNumber": "052", "parcelNumber": "134"}}""");

        assertThat(request.parcel()).isEqualTo(new PrefillSubject.Parcel("10084", "052", "134"));
    }

    @Test
    void refusesAnUnknownFieldNamingItsPath() {
        assertThat(refusal("""
                {"procedureCode": "9.000001", "dossierCode": "H00-261128-0001",
                 "applicant": {"type": "CITIZEN", "id": "001300973597", "name": "x"}}"""))
                .containsExactly(new FieldError("applicant.name", FieldCodes.UNKNOWN_FIELD, "this field is not part of the request"));
    }

    @Test
    void refusesANumberWhereTextIsExpected() {
        assertThat(refusal("""
                {"procedureCode": 9.000001, "dossierCode": "H00-261128-0001",
                 "applicant": {"type": "CITIZEN", "id": "001300973597"}}"""))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("procedureCode", FieldCodes.INVALID_TYPE));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(refusal("""
                {"procedureCode": "9.1", "dossierCode": "not a dossier",
                 "applicant": {"type": "PERSON", "id": "123"},
                 "parcel": {"communeCode": "1", "mapSheetNumber": "x", "parcelNumber": "0"}}"""))
                .extracting(FieldError::field)
                .containsExactly("procedureCode", "dossierCode", "applicant.type", "parcel.communeCode",
                        "parcel.mapSheetNumber", "parcel.parcelNumber");
    }

    @Test
    void requiresTheApplicant() {
        assertThat(refusal("""
                {"procedureCode": "9.000001", "dossierCode": "H00-261128-0001"}"""))
                .extracting(FieldError::field).containsExactly("applicant");
    }

    private PrefillRequest read(String json) {
        return this.json.read(json, "body", PrefillBody.class).checked();
    }

    private List<FieldError> refusal(String json) {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> read(json));
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        return refused.errors();
    }
}
