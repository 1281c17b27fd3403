package vn.hanoi.gateway.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.prefill.PrefillAnswer.Item;
import vn.hanoi.gateway.prefill.PrefillAnswer.Status;
import vn.hanoi.gateway.routes.registers.PrefillEvidence;
import vn.hanoi.gateway.routes.registers.PrefillSubject;

/**
 * The rules of {@code API.md} for one component, given what its source answered: {@code FULFILLED} when the
 * source holds a current record for the applicant (for a register, as its descriptor's
 * {@link PrefillEvidence.Holding} says; for the warehouse, a document of the component's type whose
 * {@code validUntil} is null or not past), {@code MISSING} when it holds nothing current or the component has no
 * source, {@code UNAVAILABLE} when the source could not answer. Pure: "today" is given.
 */
final class EvidenceRules {

    private EvidenceRules() {
    }

    static Item item(Procedure.Document component, Optional<Source> source, SourceAnswer answer,
                     PrefillSubject subject, LocalDate today) {
        String type = component.documentType() == null ? null : component.documentType().name();
        if (source.isEmpty() || answer.outcome() == SourceAnswer.Outcome.NOT_ASKED) {
            return item(component, Status.MISSING, null, null);
        }
        if (answer.outcome() == SourceAnswer.Outcome.UNAVAILABLE) {
            return item(component, Status.UNAVAILABLE, null, null);
        }
        Optional<JsonNode> held = answer.outcome() == SourceAnswer.Outcome.FOUND
                ? current(source.get(), type, answer.record(), subject, today) : Optional.empty();
        return held.map(record -> item(component, Status.FULFILLED,
                        EvidenceFields.reduce(record, source.get(), type), answer.retrievedAt()))
                .orElseGet(() -> item(component, Status.MISSING, null, answer.retrievedAt()));
    }

    /** The record that satisfies the component, if the source's answer holds one. */
    static Optional<JsonNode> current(Source source, String documentType, JsonNode record, PrefillSubject subject,
                                      LocalDate today) {
        if (source.isWarehouse()) {
            return StreamSupport.stream(record.spliterator(), false)
                    .filter(document -> Objects.equals(documentType, document.path("documentType").textValue()))
                    .filter(document -> PrefillEvidence.notPast(document.path("validUntil"), today))
                    .findFirst();
        }
        return source.register().orElseThrow().holding().current(documentType, record, subject, today);
    }

    private static Item item(Procedure.Document component, Status status, JsonNode evidence, Instant retrievedAt) {
        return new Item(component.componentCode(), component.documentType(), component.required(), status,
                component.source(), evidence, inVietnam(retrievedAt), component.name());
    }

    private static OffsetDateTime inVietnam(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).atZone(PortalTime.VIETNAM).toOffsetDateTime();
    }
}
