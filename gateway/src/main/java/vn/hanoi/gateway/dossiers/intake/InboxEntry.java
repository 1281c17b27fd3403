package vn.hanoi.gateway.dossiers.intake;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.mappings.npsp.Routing;

/** One dossier of an inbox: the online dossier's fields as the portal sent them, its routing, when it was taken. */
record InboxEntry(@JsonUnwrapped OnlineDossier dossier, Routing routing, OffsetDateTime takenAt) {
}
