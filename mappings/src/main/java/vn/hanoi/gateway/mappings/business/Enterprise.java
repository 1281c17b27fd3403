package vn.hanoi.gateway.mappings.business;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.gateway.mappings.common.Address;
import vn.hanoi.gateway.mappings.common.CodeName;

/**
 * The canonical enterprise, as in {@code fixtures/business/canonical/}. A branch keeps its
 * {@code 0101234567-001} code and names its parent in {@code parentEnterpriseCode}.
 */
public record Enterprise(
        String enterpriseCode,
        String parentEnterpriseCode,
        String registrationNumber,
        String name,
        String foreignName,
        String shortName,
        CodeName legalForm,
        LocalDate firstRegisteredOn,
        LocalDate lastChangedOn,
        Integer changeCount,
        LegalStatus legalStatus,
        List<LegalRepresentative> legalRepresentatives,
        Address headOffice,
        List<BusinessLine> businessLines) {

    public Enterprise {
        legalRepresentatives = List.copyOf(legalRepresentatives);
        businessLines = List.copyOf(businessLines);
    }

    /** {@code code} is null when the register sends a status code outside its published list. */
    public record LegalStatus(Code code, String name, LocalDate suspendedFrom, LocalDate suspendedUntil,
                              String reason) {

        public enum Code { ACTIVE, SUSPENDED, DISSOLVED, REVOKED, DISSOLVING }
    }

    public record LegalRepresentative(
            String fullName,
            String idDocumentType,
            String idNumber,
            LocalDate issuedOn,
            String issuedBy,
            String nationality) {
    }

    public record BusinessLine(String code, String name, boolean main) {
    }
}
