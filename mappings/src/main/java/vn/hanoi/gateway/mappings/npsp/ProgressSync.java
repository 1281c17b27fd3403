package vn.hanoi.gateway.mappings.npsp;

import java.time.OffsetDateTime;

/**
 * What one {@code CapNhatTienDoHoSoMC} delivers: the update, when its step began (the previous status's
 * {@code at}) and when the dossier is due.
 */
public record ProgressSync(String dossierCode, ProgressUpdate update, OffsetDateTime stepStartedAt,
                           OffsetDateTime dueAt) {
}
