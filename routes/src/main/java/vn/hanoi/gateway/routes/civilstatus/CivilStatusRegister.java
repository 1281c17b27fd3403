package vn.hanoi.gateway.routes.civilstatus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.MarriageStatus;
import vn.hanoi.gateway.routes.registers.IdentifierParameter;
import vn.hanoi.gateway.routes.registers.Lookup;
import vn.hanoi.gateway.routes.registers.PrefillEvidence;
import vn.hanoi.gateway.routes.registers.PrefillEvidence.LookupQuery;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;

/**
 * The national electronic civil-status database ({@code docs/contracts/civil-status.md}), by personal id (the
 * {@code personalId} parameter is documented by the population register, which owns that identifier). Prefill asks
 * it first for birth and marriage certificates ({@code API.md}, Once-only), whatever source the catalogue names.
 */
public final class CivilStatusRegister implements RegisterDescriptor {

    public static final String DATASET = CivilStatusConnector.SYSTEM;
    public static final Lookup<CivilStatusRecord> BY_PERSON =
            new Lookup<>(CivilStatusConnector.SYSTEM, CivilStatusConnector.LOOKUP, CivilStatusRecord.class);

    static final String BIRTH_CERTIFICATE = "BIRTH_CERTIFICATE";
    static final String MARRIAGE_CERTIFICATE = "MARRIAGE_CERTIFICATE";
    private static final List<String> REGISTRATION = List.of("registrationNumber", "book", "registeredOn", "registrar");

    @Override
    public String name() {
        return CivilStatusConnector.SYSTEM;
    }

    @Override
    public String displayName() {
        return "National civil-status database";
    }

    @Override
    public String apiTag() {
        return "Civil status";
    }

    @Override
    public List<String> credentialKeys() {
        return List.of("client-id", "client-secret");
    }

    @Override
    public List<IdentifierParameter> identifiers() {
        return List.of();
    }

    @Override
    public List<Lookup<?>> lookups() {
        return List.of(BY_PERSON);
    }

    /**
     * A citizen's birth record (when the register holds one) for a birth certificate, their marriage in force for a
     * marriage certificate; the evidence is that registration, as the certificate shows it.
     */
    @Override
    public Optional<PrefillEvidence> evidence() {
        return Optional.of(new PrefillEvidence(
                subject -> subject.isCitizen() ? Optional.of(new LookupQuery(BY_PERSON, subject.applicantId()))
                        : Optional.empty(),
                (documentType, record, subject, today) -> registration(documentType, record),
                BIRTH_CERTIFICATE,
                Map.of(BIRTH_CERTIFICATE, with("fullName", "gender", "dateOfBirth", "placeOfBirth", "ethnicity",
                                "nationality", "father", "mother"),
                        MARRIAGE_CERTIFICATE, with("spouse", "status", "endedOn")),
                Set.of(BIRTH_CERTIFICATE, MARRIAGE_CERTIFICATE)));
    }

    /** The registration a certificate of {@code documentType} shows, if the record holds it. */
    static Optional<JsonNode> registration(String documentType, JsonNode record) {
        if (MARRIAGE_CERTIFICATE.equals(documentType)) {
            return StreamSupport.stream(record.path("marriages").spliterator(), false)
                    .filter(marriage -> MarriageStatus.IN_FORCE.name().equals(marriage.path("status").textValue()))
                    .findFirst();
        }
        return BIRTH_CERTIFICATE.equals(documentType)
                ? Optional.of(record.path("birth")).filter(JsonNode::isObject) : Optional.empty();
    }

    private static List<String> with(String... fields) {
        return Stream.concat(REGISTRATION.stream(), Stream.of(fields)).toList();
    }
}
