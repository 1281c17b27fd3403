package vn.hanoi.gateway.mappings.documentaxis;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A status message: what the organ {@code fromOrganId} did with the document {@code responseFor} that
 * {@code responseForOrganId} sent (its {@code CodeNumber/CodeNotation} {@code responseForCode}, promulgated on
 * {@code responseForDate}). {@code statusCode} is the code as sent, {@code status} its meaning.
 */
public record StatusMessage(String responseFor, String responseForOrganId, String responseForCode,
                            LocalDate responseForDate, String fromOrganId, String fromOrganName,
                            String statusCode, AxisStatus status, String description, OffsetDateTime sentAt,
                            String department, String staff) implements EdxmlMessage {
}
