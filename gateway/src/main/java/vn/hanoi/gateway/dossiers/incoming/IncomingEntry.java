package vn.hanoi.gateway.dossiers.incoming;

import java.time.OffsetDateTime;
import vn.hanoi.gateway.mappings.documentaxis.IncomingTransfer;
import vn.hanoi.gateway.mappings.npsp.Routing;

/** An incoming transfer as a unit's inbox lists it: the axis item's {@code messageId}, the transfer, its routing. */
public record IncomingEntry(String messageId, IncomingTransfer transfer, Routing routing, OffsetDateTime receivedAt,
                            OffsetDateTime takenAt) {
}
