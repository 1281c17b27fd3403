package vn.hanoi.gateway.routes.npsp;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import vn.hanoi.gateway.mappings.common.Address;
import vn.hanoi.gateway.mappings.common.CommuneResolution;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.mappings.population.Citizen;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.LookupResult;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The applicant's permanent-address commune, from the population register through its route
 * ({@code direct:population-lookup}), for the dossier it serves and under the intake's officer id.
 */
final class ApplicantCommunes {

    static final String POPULATION_LOOKUP = "direct:population-lookup";

    private final ProducerTemplate routes;
    private final String officerId;

    ApplicantCommunes(ProducerTemplate routes, String officerId) {
        this.routes = routes;
        this.officerId = officerId;
    }

    /** {@code null} when the register holds no such person or no permanent address; other failures are thrown. */
    CommuneResolution of(OnlineDossier dossier) {
        LookupRequest request = new LookupRequest(dossier.applicant().id(), "npsp-intake-" + dossier.dossierCode(),
                officerId, dossier.procedureCode());
        Exchange answer = routes.send(POPULATION_LOOKUP, exchange -> exchange.getMessage().setBody(request));
        Exception failure = answer.getException();
        if (failure instanceof UpstreamException upstream) {
            if (upstream.kind() == FailureKind.NOT_FOUND) {
                return null;
            }
            throw upstream;
        }
        if (failure != null) {
            throw new IllegalStateException("population lookup failed", failure);
        }
        LookupResult result = answer.getMessage().getBody(LookupResult.class);
        Address address = result != null && result.record() instanceof Citizen citizen ? citizen.permanentAddress() : null;
        return address == null ? null
                : new CommuneResolution(address.communeCode(), address.communeName(), address.communeCodeCandidates());
    }
}
