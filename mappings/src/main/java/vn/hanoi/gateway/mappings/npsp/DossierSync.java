package vn.hanoi.gateway.mappings.npsp;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one {@code DongBoHoSoMC} delivers: the dossier as it was when the change was accepted, its status
 * then, whether the portal already has it, its result set then ({@code DanhSachGiayToKetQua}) and when the
 * result was returned ({@code NgayTra}; null until it was).
 */
public record DossierSync(CounterDossier dossier, DossierStatus status, boolean updating, List<ResultDocument> results,
                          OffsetDateTime returnedAt) {

    public DossierSync {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** A dossier without a result. */
    public DossierSync(CounterDossier dossier, DossierStatus status, boolean updating) {
        this(dossier, status, updating, List.of(), null);
    }
}
