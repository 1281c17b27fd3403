package vn.hanoi.gateway.routes.population;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.mappings.population.Citizen;
import vn.hanoi.gateway.routes.registers.IdentifierParameter;
import vn.hanoi.gateway.routes.registers.Lookup;
import vn.hanoi.gateway.routes.registers.PrefillEvidence;
import vn.hanoi.gateway.routes.registers.PrefillEvidence.LookupQuery;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;

/** The national population database ({@code docs/contracts/population.md}). */
public final class PopulationRegister implements RegisterDescriptor {

    public static final String DATASET = PopulationConnector.SYSTEM;
    public static final Lookup<Citizen> CITIZEN =
            new Lookup<>(PopulationConnector.SYSTEM, PopulationConnector.LOOKUP, Citizen.class);

    @Override
    public String name() {
        return PopulationConnector.SYSTEM;
    }

    @Override
    public String displayName() {
        return "National population database";
    }

    @Override
    public String apiTag() {
        return "Citizens";
    }

    @Override
    public List<String> credentialKeys() {
        return List.of("client-id", "client-secret");
    }

    @Override
    public List<IdentifierParameter> identifiers() {
        return List.of(new IdentifierParameter("personalId", PersonalId.rule(),
                "The 12-digit personal identification number (CCCD). A malformed one is 400 with INVALID_PERSONAL_ID.",
                "^[0-9]{12}$", "001051409167"));
    }

    @Override
    public List<Lookup<?>> lookups() {
        return List.of(CITIZEN);
    }

    /** A citizen's identity, asked by the applicant's personal id. */
    @Override
    public Optional<PrefillEvidence> evidence() {
        return Optional.of(new PrefillEvidence(
                subject -> subject.isCitizen() ? Optional.of(new LookupQuery(CITIZEN, subject.applicantId()))
                        : Optional.empty(),
                PrefillEvidence.Holding.anyRecord(), "IDENTITY",
                Map.of("IDENTITY", List.of("personalId", "fullName", "dateOfBirth", "birthYear", "gender",
                        "nationality", "permanentAddress"))));
    }
}
