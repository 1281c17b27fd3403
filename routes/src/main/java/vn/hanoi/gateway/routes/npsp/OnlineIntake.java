package vn.hanoi.gateway.routes.npsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hanoi.gateway.mappings.common.CommuneResolution;
import vn.hanoi.gateway.mappings.npsp.DossierRouter;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.mappings.npsp.OnlineDossierMapper;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.mappings.npsp.Routing;

/**
 * Takes the dossiers submitted online since the persisted checkpoint, page by page, oldest first. The portal
 * answers from the checkpoint inclusive, so dossiers sharing its second come again and are dropped by code;
 * each new one is routed and offered with the checkpoint moved past it in one transaction. A failure (the
 * portal, the register) ends the run where it is: the next run starts from the last dossier taken, so
 * nothing is missed and nothing taken twice, across restarts too.
 */
final class OnlineIntake {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineIntake.class);

    private final NpspPortal portal;
    private final IntakeLedger ledger;
    private final CatalogueSync procedures;
    private final ApplicantCommunes communes;
    private final DossierRouter router;
    private final IntakeSettings settings;
    private final Clock clock;
    private final OnlineDossierMapper mapper = new OnlineDossierMapper();

    OnlineIntake(NpspPortal portal, IntakeLedger ledger, CatalogueSync procedures, ApplicantCommunes communes,
                 DossierRouter router, IntakeSettings settings, Clock clock) {
        this.portal = portal;
        this.ledger = ledger;
        this.procedures = procedures;
        this.communes = communes;
        this.router = router;
        this.settings = settings;
        this.clock = clock;
    }

    /** Returns how many dossiers were taken. */
    int takeNew() {
        String since = ledger.checkpoint().orElse(settings.initialCheckpoint());
        int pageSize = settings.pageSize();
        int taken = 0;
        for (int page = 0; page < settings.maxPagesPerRun(); page++) {
            JsonNode result = portal.onlineDossiers(since, pageSize);
            List<OnlineDossier> dossiers = mapper.toDossiers(result);
            int fresh = 0;
            for (OnlineDossier dossier : dossiers) {
                if (!ledger.knows(dossier.dossierCode())
                        && ledger.take(dossier, route(dossier), PortalTime.format(dossier.receivedAt()), clock.instant())) {
                    fresh++;
                    LOG.info("Online dossier {} taken", dossier.dossierCode());
                }
            }
            taken += fresh;
            if (dossiers.isEmpty()) {
                break;
            }
            String last = PortalTime.format(dossiers.get(dossiers.size() - 1).receivedAt());
            ledger.sawOnPortal(last);
            if (result.size() < pageSize) {
                break;
            }
            if (last.equals(since) && fresh == 0) {
                if (pageSize >= settings.maxPageSize()) {
                    LOG.warn("More than {} online dossiers share the second {}: raise gateway.intake.max-page-size",
                            pageSize, since);
                    break;
                }
                pageSize = Math.min(pageSize * 2, settings.maxPageSize());
            }
            since = last;
        }
        return taken;
    }

    private Routing route(OnlineDossier dossier) {
        Procedure procedure = procedures.procedure(dossier.procedureCode()).orElse(null);
        CommuneResolution applicantCommune = router.needsApplicantCommune(dossier, procedure)
                ? communes.of(dossier) : null;
        return router.route(dossier, procedure, applicantCommune);
    }
}
