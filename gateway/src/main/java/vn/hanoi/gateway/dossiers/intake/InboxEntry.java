package vn.hanoi.gateway.dossiers.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.Comparator;
import vn.hanoi.gateway.dossiers.incoming.IncomingEntry;
import vn.hanoi.gateway.mappings.documentaxis.IncomingTransfer;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.mappings.npsp.Routing;

/**
 * One dossier of an inbox, from one of two sources: an online dossier as the portal sent it ({@code PORTAL}), or a
 * transfer received from another agency over the document axis ({@code DOCUMENT_AXIS}), each with its routing and
 * when it was taken. {@code entryId} names it for a unit's answer: the dossier code, or the axis item's messageId.
 */
record InboxEntry(String entryId, String source, @JsonUnwrapped OnlineDossier dossier,
                  @JsonUnwrapped Received received, Routing routing, OffsetDateTime takenAt) {

    static final String PORTAL = "PORTAL";
    static final String DOCUMENT_AXIS = "DOCUMENT_AXIS";
    static final Comparator<InboxEntry> OLDEST_FIRST = Comparator.comparing(InboxEntry::arrivedAt);

    /** A transfer's fields, with when the axis received it. */
    record Received(@JsonUnwrapped IncomingTransfer transfer, OffsetDateTime receivedAt) {
    }

    static InboxEntry portal(OnlineDossier dossier, Routing routing, OffsetDateTime takenAt) {
        return new InboxEntry(dossier.dossierCode(), PORTAL, dossier, null, routing, takenAt);
    }

    static InboxEntry axis(IncomingEntry entry) {
        return new InboxEntry(entry.messageId(), DOCUMENT_AXIS, null,
                new Received(entry.transfer(), entry.receivedAt()), entry.routing(), entry.takenAt());
    }

    @JsonIgnore
    Applicant applicant() {
        return dossier != null ? dossier.applicant() : received.transfer().applicant();
    }

    @JsonIgnore
    OffsetDateTime arrivedAt() {
        return dossier != null ? dossier.receivedAt() : received.receivedAt();
    }
}
