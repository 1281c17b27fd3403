package vn.hanoi.gateway.routes.npsp;

import java.time.Instant;

/**
 * A change waiting to reach the portal, as claimed by one dispatcher until {@code leaseUntil}:
 * {@code payload} is the canonical {@link vn.hanoi.gateway.mappings.npsp.DossierSync} or
 * {@link vn.hanoi.gateway.mappings.npsp.ProgressSync} or {@link vn.hanoi.gateway.mappings.npsp.ResultUpload} as JSON ({@link NpspJson}); {@code attempts} counts the
 * deliveries tried before this claim.
 */
public record OutboxEntry(long id, String dossierCode, Kind kind, String payload, int attempts,
                          String correlationId, Instant leaseUntil) {

    public enum Kind {
        /** {@code DongBoHoSoMC}. */
        DOSSIER,
        /** {@code CapNhatTienDoHoSoMC}. */
        PROGRESS,
        /** {@code TaiLenTepKetQua}: a {@link vn.hanoi.gateway.mappings.npsp.ResultUpload}. */
        RESULT_FILE
    }
}
