package vn.hanoi.gateway.mappings.documentaxis;

import java.time.OffsetDateTime;

/** What an edXML envelope carries: a document ({@code MessageHeader}) or a status ({@code Status}). */
public sealed interface EdxmlMessage permits AxisDocument, StatusMessage {

    String fromOrganId();

    /** The {@code DocumentId} answered: a status's, or a reply document's first {@code ResponseFor}; else null. */
    String responseFor();

    /** What the inbox records as the item's description: a status's {@code Description}, a document's {@code Subject}. */
    String description();

    /** When the sender sent it: a status's {@code Timestamp}, a document's last {@code TraceHeader} timestamp. */
    OffsetDateTime sentAt();
}
