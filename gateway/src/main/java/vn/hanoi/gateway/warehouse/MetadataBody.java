package vn.hanoi.gateway.warehouse;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.DossierCode;
import vn.hanoi.gateway.problem.FieldCodes;
import vn.hanoi.gateway.validation.FieldChecks;

/**
 * The {@code metadata} part of {@code POST /api/v1/documents}, as sent, and its rules: the owner (a citizen's
 * personal id or an enterprise code), the document type ({@code BIRTH_CERTIFICATE}: capitals, digits and
 * underscores), a title, the optional issuer, issue date, end of validity (not before the issue date) and the
 * dossier it came with.
 */
record MetadataBody(String ownerType, String ownerId, String documentType, String title, String issuer,
                    String issuedOn, String validUntil, String dossierCode) {

    static final String INVALID_DOCUMENT_TYPE = "INVALID_DOCUMENT_TYPE";
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** The metadata, checked: what the warehouse records besides the file. */
    record Metadata(ApplicantType ownerType, String ownerId, String documentType, String title, String issuer,
                    LocalDate issuedOn, LocalDate validUntil, String dossierCode) {
    }

    Metadata checked() {
        FieldChecks checks = new FieldChecks();
        ApplicantType type = checks.choice("ownerType", ownerType, ApplicantType.class);
        String owner = type == ApplicantType.ENTERPRISE
                ? normalisedEnterprise(checks.identifier("ownerId", ownerId, new EnterpriseCode()))
                : type == ApplicantType.CITIZEN ? checks.identifier("ownerId", ownerId, PersonalId.rule())
                : checks.required("ownerId", ownerId, 32);
        String kind = checks.required("documentType", documentType, 64);
        if (kind != null && !DOCUMENT_TYPE.matcher(kind).matches()) {
            checks.add("documentType", INVALID_DOCUMENT_TYPE, "capital letters, digits and underscores");
        }
        String name = checks.required("title", title, 512);
        String issuedBy = checks.optional("issuer", issuer, 512);
        LocalDate issued = checks.date("issuedOn", issuedOn);
        LocalDate until = checks.date("validUntil", validUntil);
        if (issued != null && until != null && until.isBefore(issued)) {
            checks.add("validUntil", FieldCodes.INVALID_VALUE, "must not be before issuedOn");
        }
        String dossier = dossierCode == null ? null : checks.identifier("dossierCode", dossierCode, new DossierCode());
        checks.verify();
        return new Metadata(type, owner, kind, name, issuedBy, issued, until, dossier);
    }

    private static String normalisedEnterprise(String wellFormed) {
        return wellFormed == null ? null : EnterpriseCode.normalise(wellFormed);
    }
}
