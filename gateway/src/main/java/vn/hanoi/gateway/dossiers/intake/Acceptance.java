package vn.hanoi.gateway.dossiers.intake;

import java.time.OffsetDateTime;

/**
 * A unit's answer to an inbox entry; for a transfer received over the axis, {@code answer} is the status sent back
 * ({@code statusCode} {@code 03} or {@code 02}; {@code state} {@code PENDING}, {@code SENT} or {@code FAILED}).
 */
record Acceptance(String entryId, String source, String decision, String reason, String officer,
                  OffsetDateTime decidedAt, Answer answer) {

    record Answer(String statusCode, String state, int attempts, String lastError, OffsetDateTime answeredAt) {
    }
}
