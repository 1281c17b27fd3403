package vn.hanoi.gateway.routes.documentaxis;

import java.time.OffsetDateTime;

/**
 * One item of the gateway's inbox at the axis, as {@code GET /edxml/v1/inbox} gives it: {@code kind} {@code DOCUMENT}
 * or {@code STATUS}; {@code documentId}, {@code responseFor} and {@code statusCode} repeat the envelope, which is the
 * sender's as posted and authoritative. {@link #toString()} leaves the envelope out: it holds personal data.
 */
public record InboxItem(String cursor, String messageId, String kind, String from, String documentId,
                        String responseFor, String statusCode, OffsetDateTime receivedAt, String edxml) {

    public static final String DOCUMENT = "DOCUMENT";

    @Override
    public String toString() {
        return "InboxItem[" + cursor + ", " + messageId + ", " + kind + ", from " + from + "]";
    }
}
