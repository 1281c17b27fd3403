package vn.hanoi.gateway.dossiers.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.Channel;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.mappings.npsp.Routing;

/** One dossier of an inbox: the online dossier as the portal sent it, where it was routed, and when it was taken. */
record InboxEntry(
        String dossierCode,
        String procedureCode,
        String procedureName,
        Applicant applicant,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        DossierStatus status,
        Channel channel,
        String chosenUnitCode,
        List<OnlineDossier.Document> documents,
        OnlineDossier.Parcel parcel,
        Routing routing,
        OffsetDateTime takenAt) {

    static InboxEntry of(OnlineDossier dossier, Routing routing, Instant takenAt) {
        return new InboxEntry(dossier.dossierCode(), dossier.procedureCode(), dossier.procedureName(),
                dossier.applicant(), PortalTime.inVietnam(dossier.receivedAt()), PortalTime.inVietnam(dossier.dueAt()),
                dossier.status(), dossier.channel(), dossier.chosenUnitCode(), dossier.documents(), dossier.parcel(),
                routing, Timestamps.inVietnam(takenAt));
    }
}
