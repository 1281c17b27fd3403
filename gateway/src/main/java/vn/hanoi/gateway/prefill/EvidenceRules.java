package vn.hanoi.gateway.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.MarriageStatus;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.prefill.PrefillAnswer.Item;
import vn.hanoi.gateway.prefill.PrefillAnswer.Status;

/**
 * The rules of {@code API.md} for one component, given what its source answered: {@code FULFILLED} when the
 * source holds a current record for the applicant (a health-insurance card only while {@code validTo} is not past;
 * a parcel only when the applicant is one of its holders; a warehouse document of the component's type whose
 * {@code validUntil} is null or not past), {@code MISSING} when it holds nothing current or the component has no
 * source, {@code UNAVAILABLE} when the source could not answer. Pure: "today" is given.
 */
final class EvidenceRules {

    /** The document types the civil-status register is asked for first ({@code API.md}, Once-only). */
    static final Set<DocumentType> REGISTER_FIRST = EnumSet.of(DocumentType.BIRTH_CERTIFICATE,
            DocumentType.MARRIAGE_CERTIFICATE);

    private EvidenceRules() {
    }

    /**
     * A birth or marriage certificate: {@code FULFILLED} with {@code source: civil-status} when the register holds the
     * applicant's birth record ({@code birth} not null) or a marriage of theirs {@code IN_FORCE} (the evidence is that
     * record); otherwise the component's own source decides as {@link #item} does, except that when the register
     * is down and that source holds nothing current the component is {@code UNAVAILABLE} with
     * {@code source: civil-status} (the register might have held it).
     */
    static Item civilStatusFirst(Procedure.Document component, SourceAnswer civilStatus, Optional<Source> source,
                                 SourceAnswer answer, PrefillRequest.Applicant applicant, LocalDate today) {
        Optional<JsonNode> registered = civilStatus.outcome() == SourceAnswer.Outcome.FOUND
                ? registered(component.documentType(), civilStatus.record()) : Optional.empty();
        if (registered.isPresent()) {
            return item(component, Status.FULFILLED, Source.CIVIL_STATUS.wireName(), registered.get().deepCopy(),
                    civilStatus.retrievedAt());
        }
        Item otherwise = item(component, source, answer, applicant, today);
        if (civilStatus.outcome() == SourceAnswer.Outcome.UNAVAILABLE && otherwise.status() == Status.MISSING) {
            return item(component, Status.UNAVAILABLE, Source.CIVIL_STATUS.wireName(), null, null);
        }
        return otherwise;
    }

    /** The applicant's birth record, or their marriage in force, from a CivilStatusRecord. */
    static Optional<JsonNode> registered(DocumentType type, JsonNode civilStatus) {
        if (type == DocumentType.BIRTH_CERTIFICATE) {
            return Optional.of(civilStatus.path("birth")).filter(JsonNode::isObject);
        }
        return StreamSupport.stream(civilStatus.path("marriages").spliterator(), false)
                .filter(marriage -> MarriageStatus.IN_FORCE.name().equals(marriage.path("status").textValue()))
                .findFirst();
    }

    static Item item(Procedure.Document component, Optional<Source> source, SourceAnswer answer,
                     PrefillRequest.Applicant applicant, LocalDate today) {
        String type = component.documentType() == null ? null : component.documentType().name();
        if (source.isEmpty() || answer.outcome() == SourceAnswer.Outcome.NOT_ASKED) {
            return item(component, Status.MISSING, null, null);
        }
        if (answer.outcome() == SourceAnswer.Outcome.UNAVAILABLE) {
            return item(component, Status.UNAVAILABLE, null, null);
        }
        Optional<JsonNode> held = answer.outcome() == SourceAnswer.Outcome.FOUND
                ? current(source.get(), type, answer.record(), applicant, today) : Optional.empty();
        return held.map(record -> item(component, Status.FULFILLED,
                        EvidenceFields.reduce(record, source.get(), type), answer.retrievedAt()))
                .orElseGet(() -> item(component, Status.MISSING, null, answer.retrievedAt()));
    }

    /** The record that satisfies the component, if the source's answer holds one. */
    static Optional<JsonNode> current(Source source, String documentType, JsonNode record,
                                      PrefillRequest.Applicant applicant, LocalDate today) {
        return switch (source) {
            case POPULATION, BUSINESS, CIVIL_STATUS -> Optional.of(record);
            case INSURANCE -> DocumentType.HEALTH_INSURANCE_CARD.name().equals(documentType)
                    ? Optional.of(record).filter(insurance -> hasValidCard(insurance, today)) : Optional.of(record);
            case LAND -> Optional.of(record).filter(parcel -> isHolder(parcel, applicant));
            case WAREHOUSE -> StreamSupport.stream(record.spliterator(), false)
                    .filter(document -> Objects.equals(documentType, document.path("documentType").textValue()))
                    .filter(document -> notPast(document.path("validUntil"), today))
                    .findFirst();
        };
    }

    static boolean hasValidCard(JsonNode insurance, LocalDate today) {
        JsonNode card = insurance.path("healthInsuranceCard");
        return card.isObject() && notPast(card.path("validTo"), today);
    }

    static boolean isHolder(JsonNode parcel, PrefillRequest.Applicant applicant) {
        String idField = applicant.type() == ApplicantType.ENTERPRISE ? "enterpriseCode" : "personalId";
        return StreamSupport.stream(parcel.path("holders").spliterator(), false)
                .anyMatch(holder -> applicant.id().equals(holder.path(idField).textValue()));
    }

    /** A date that is absent (no end) or today or later. */
    static boolean notPast(JsonNode date, LocalDate today) {
        return date.isMissingNode() || date.isNull() || !LocalDate.parse(date.asText()).isBefore(today);
    }

    private static Item item(Procedure.Document component, Status status, JsonNode evidence, Instant retrievedAt) {
        return item(component, status, component.source(), evidence, retrievedAt);
    }

    private static Item item(Procedure.Document component, Status status, String source, JsonNode evidence,
                             Instant retrievedAt) {
        return new Item(component.componentCode(), component.documentType(), component.required(), status,
                source, evidence, inVietnam(retrievedAt), component.name());
    }

    private static OffsetDateTime inVietnam(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).atZone(PortalTime.VIETNAM).toOffsetDateTime();
    }
}
