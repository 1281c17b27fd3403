package vn.hanoi.gateway.routes.business;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hanoi.gateway.mappings.business.Enterprise;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;
import vn.hanoi.gateway.routes.registers.IdentifierParameter;
import vn.hanoi.gateway.routes.registers.Lookup;
import vn.hanoi.gateway.routes.registers.PrefillEvidence;
import vn.hanoi.gateway.routes.registers.PrefillEvidence.LookupQuery;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;

/** The national business registration database ({@code docs/contracts/business.md}). */
public final class BusinessRegister implements RegisterDescriptor {

    public static final String DATASET = BusinessConnector.SYSTEM;
    public static final Lookup<Enterprise> ENTERPRISE =
            new Lookup<>(BusinessConnector.SYSTEM, BusinessConnector.LOOKUP, Enterprise.class);

    @Override
    public String name() {
        return BusinessConnector.SYSTEM;
    }

    @Override
    public String displayName() {
        return "National business registration database";
    }

    @Override
    public String apiTag() {
        return "Enterprises";
    }

    @Override
    public List<String> credentialKeys() {
        return List.of("client-id", "client-secret");
    }

    @Override
    public List<IdentifierParameter> identifiers() {
        return List.of(new IdentifierParameter("enterpriseCode", new EnterpriseCode(),
                "The enterprise code: 10 digits, or 13 for a branch, written 0101234567-001 or 0101234567001. "
                        + "A malformed one is 400 with INVALID_ENTERPRISE_CODE.",
                "^[0-9]{10}(-?[0-9]{3})?$", "0110386356"));
    }

    @Override
    public List<Lookup<?>> lookups() {
        return List.of(ENTERPRISE);
    }

    /** An enterprise's registration, asked by the applicant's enterprise code. */
    @Override
    public Optional<PrefillEvidence> evidence() {
        return Optional.of(new PrefillEvidence(
                subject -> subject.isCitizen() ? Optional.empty()
                        : Optional.of(new LookupQuery(ENTERPRISE, subject.applicantId())),
                PrefillEvidence.Holding.anyRecord(), "ENTERPRISE_REGISTRATION",
                Map.of("ENTERPRISE_REGISTRATION", List.of("enterpriseCode", "parentEnterpriseCode",
                        "registrationNumber", "name", "legalForm", "firstRegisteredOn", "lastChangedOn", "changeCount",
                        "legalStatus", "headOffice"))));
    }
}
