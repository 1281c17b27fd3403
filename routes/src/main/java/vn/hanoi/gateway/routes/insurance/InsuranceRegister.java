package vn.hanoi.gateway.routes.insurance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hanoi.gateway.mappings.identifiers.InsuranceCode;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord;
import vn.hanoi.gateway.routes.registers.IdentifierParameter;
import vn.hanoi.gateway.routes.registers.Lookup;
import vn.hanoi.gateway.routes.registers.PrefillEvidence;
import vn.hanoi.gateway.routes.registers.PrefillEvidence.LookupQuery;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;

/**
 * The national social-insurance database ({@code docs/contracts/insurance.md}), by insurance code or by personal id
 * (the {@code personalId} parameter is documented by the population register, which owns that identifier).
 */
public final class InsuranceRegister implements RegisterDescriptor {

    public static final String DATASET = InsuranceConnector.SYSTEM;
    public static final Lookup<InsuranceRecord> BY_INSURANCE_CODE =
            new Lookup<>(InsuranceConnector.SYSTEM, InsuranceConnector.LOOKUP, InsuranceRecord.class);
    public static final Lookup<InsuranceRecord> BY_PERSON =
            new Lookup<>(InsuranceConnector.SYSTEM, InsuranceConnector.LOOKUP_BY_PERSON, InsuranceRecord.class);

    static final String HEALTH_INSURANCE_CARD = "HEALTH_INSURANCE_CARD";

    @Override
    public String name() {
        return InsuranceConnector.SYSTEM;
    }

    @Override
    public String displayName() {
        return "National social-insurance database";
    }

    @Override
    public String apiTag() {
        return "Social insurance";
    }

    @Override
    public List<String> credentialKeys() {
        return List.of("access-key", "secret-key", "app-name", "partner-code");
    }

    @Override
    public List<IdentifierParameter> identifiers() {
        return List.of(new IdentifierParameter("insuranceCode", new InsuranceCode(),
                "The 10-digit social-insurance code. A malformed one is 400 with INVALID_INSURANCE_CODE.",
                "^[0-9]{10}$", "2853501530"));
    }

    @Override
    public List<Lookup<?>> lookups() {
        return List.of(BY_INSURANCE_CODE, BY_PERSON);
    }

    /**
     * A citizen's social-insurance record and health-insurance card, asked by personal id; the card satisfies a
     * component only while its {@code validTo} is not past.
     */
    @Override
    public Optional<PrefillEvidence> evidence() {
        return Optional.of(new PrefillEvidence(
                subject -> subject.isCitizen() ? Optional.of(new LookupQuery(BY_PERSON, subject.applicantId()))
                        : Optional.empty(),
                (documentType, record, subject, today) -> HEALTH_INSURANCE_CARD.equals(documentType)
                        ? Optional.of(record).filter(insurance -> hasValidCard(insurance, today)) : Optional.of(record),
                "SOCIAL_INSURANCE_RECORD",
                Map.of("SOCIAL_INSURANCE_RECORD", List.of("insuranceCode", "status", "participation",
                                "totalContributionMonths"),
                        HEALTH_INSURANCE_CARD, List.of("insuranceCode", "healthInsuranceCard"))));
    }

    static boolean hasValidCard(JsonNode insurance, LocalDate today) {
        JsonNode card = insurance.path("healthInsuranceCard");
        return card.isObject() && PrefillEvidence.notPast(card.path("validTo"), today);
    }
}
