package vn.hanoi.gateway.registers.population;

import org.springframework.stereotype.Component;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.access.PersonalDataAccess;
import vn.hanoi.gateway.access.Purpose;
import vn.hanoi.gateway.api.Lookups;
import vn.hanoi.gateway.audit.UnattendedAccesses;
import vn.hanoi.gateway.mappings.common.Address;
import vn.hanoi.gateway.mappings.common.CommuneResolution;
import vn.hanoi.gateway.mappings.population.Citizen;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.LookupResult;
import vn.hanoi.gateway.routes.connector.UpstreamException;
import vn.hanoi.gateway.routes.npsp.ApplicantResidences;
import vn.hanoi.gateway.routes.population.PopulationRegister;

/**
 * The online intake's look-up of an applicant's permanent address, in the population register through its typed
 * handle, audited like a caller's look-up: client {@value #CLIENT}, the intake's officer, the online dossier, the
 * person looked up as the subject, and the outcome. The record is written before the address is used.
 */
@Component
class IntakeResidences implements ApplicantResidences {

    static final String CLIENT = "npsp-intake";
    static final String OPERATION = "npsp-intake applicant address";

    private final Lookups lookups;
    private final UnattendedAccesses audit;

    IntakeResidences(Lookups lookups, UnattendedAccesses audit) {
        this.lookups = lookups;
        this.audit = audit;
    }

    @Override
    public CommuneResolution permanentCommune(String dossierCode, LookupRequest request) {
        PersonalDataAccess access = new PersonalDataAccess(CLIENT, new Dataset(PopulationRegister.DATASET),
                new Purpose(dossierCode, request.officerId()), OPERATION);
        LookupResult result;
        try {
            result = lookups.call(PopulationRegister.CITIZEN, request);
        } catch (UpstreamException failure) {
            boolean notFound = failure.kind() == FailureKind.NOT_FOUND;
            audit.record(access, request.key(), notFound ? "NOT_FOUND" : "ERROR_" + failure.kind().name());
            if (notFound) {
                return null;
            }
            throw failure;
        }
        audit.record(access, request.key(), "FOUND");
        Address address = result.record() instanceof Citizen citizen ? citizen.permanentAddress() : null;
        return address == null ? null
                : new CommuneResolution(address.communeCode(), address.communeName(), address.communeCodeCandidates());
    }
}
