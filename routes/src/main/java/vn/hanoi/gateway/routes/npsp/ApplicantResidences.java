package vn.hanoi.gateway.routes.npsp;

import vn.hanoi.gateway.mappings.common.CommuneResolution;
import vn.hanoi.gateway.routes.connector.LookupRequest;

/**
 * Where an applicant lives, as the register that keeps residences answers it, for routing an online dossier by the
 * applicant's commune. Implemented by the gateway, which calls the register through its typed lookup handle and
 * records the access in the audit trail with the person looked up as its subject; the portal's package names no
 * register.
 */
public interface ApplicantResidences {

    /**
     * The permanent-address commune of the person {@code request} names by personal id, asked for the online
     * dossier {@code dossierCode} (the purpose the audit record names); {@code null} when the
     * register holds no such person or no permanent address. Any other failure is thrown (an
     * {@code UpstreamException} when the register failed): the dossier is then taken again later.
     */
    CommuneResolution permanentCommune(String dossierCode, LookupRequest request);
}
