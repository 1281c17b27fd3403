package vn.hanoi.gateway.routes.npsp;

import vn.hanoi.gateway.mappings.npsp.DossierSync;
import vn.hanoi.gateway.mappings.npsp.PortalDossierMapper;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.mappings.npsp.ProgressSync;

/**
 * One outbox entry to the portal: its canonical payload translated ({@link PortalDossierMapper}) and sent
 * with {@code DongBoHoSoMC} or {@code CapNhatTienDoHoSoMC}. Sending an entry again is harmless: the portal
 * upserts dossiers by {@code MaHoSo} and drops a repeated (MaHoSo, TrangThai, ThoiDiemXuLy) progress.
 */
final class OutboxDelivery {

    private final NpspPortal portal;
    private final ProcedureCatalogue catalogue;
    private final PortalDossierMapper mapper = new PortalDossierMapper();

    OutboxDelivery(NpspPortal portal, ProcedureCatalogue catalogue) {
        this.portal = portal;
        this.catalogue = catalogue;
    }

    void deliver(OutboxEntry entry) {
        switch (entry.kind()) {
            case DOSSIER -> {
                DossierSync sync = NpspJson.read(entry.payload(), DossierSync.class);
                Procedure procedure = catalogue.find(sync.dossier().procedureCode()).orElse(null);
                portal.synchronise(mapper.toPortal(sync, procedure), sync.updating(), entry.correlationId());
            }
            case PROGRESS -> portal.progress(mapper.toPortal(NpspJson.read(entry.payload(), ProgressSync.class)),
                    entry.correlationId());
        }
    }
}
