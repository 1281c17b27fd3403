package vn.hanoi.gateway.mappings.npsp;

import java.time.OffsetDateTime;

/**
 * A step in the handling of a dossier, as {@code POST /api/v1/dossiers/{code}/progress} takes it;
 * {@code at} is when the official acted (the portal's {@code ThoiDiemXuLy}).
 */
public record ProgressUpdate(
        DossierStatus status,
        String officer,
        String officerTitle,
        String department,
        String note,
        OffsetDateTime at) {
}
