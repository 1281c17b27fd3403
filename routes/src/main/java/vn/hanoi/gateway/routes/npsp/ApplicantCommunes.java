package vn.hanoi.gateway.routes.npsp;

import vn.hanoi.gateway.mappings.common.CommuneResolution;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.routes.connector.LookupRequest;

/**
 * The applicant's permanent-address commune ({@link ApplicantResidences}), for the dossier it serves and under the
 * intake's officer id.
 */
final class ApplicantCommunes {

    private final ApplicantResidences residences;
    private final String officerId;

    ApplicantCommunes(ApplicantResidences residences, String officerId) {
        this.residences = residences;
        this.officerId = officerId;
    }

    /** {@code null} when the register holds no such person or no permanent address; other failures are thrown. */
    CommuneResolution of(OnlineDossier dossier) {
        return residences.permanentCommune(dossier.dossierCode(), new LookupRequest(dossier.applicant().id(),
                "npsp-intake-" + dossier.dossierCode(), officerId, dossier.procedureCode(),
                dossier.dossierCode()));
    }
}
