package vn.hanoi.gateway.routes.npsp;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.mappings.npsp.ProcedureMapper;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/** Synchronises the procedure catalogue: {@code LayDanhSachTTHC}, then {@code LayThuTuc} for each procedure. */
final class CatalogueSync {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSync.class);

    private final NpspPortal portal;
    private final ProcedureCatalogue catalogue;
    private final Clock clock;
    private final ProcedureMapper mapper = new ProcedureMapper();

    CatalogueSync(NpspPortal portal, ProcedureCatalogue catalogue, Clock clock) {
        this.portal = portal;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Returns how many procedures were synchronised. */
    int synchronise() {
        List<String> codes = mapper.codes(portal.procedureList());
        codes.forEach(this::fetch);
        catalogue.synchronised(clock.instant());
        LOG.info("Procedure catalogue synchronised: {} procedures", codes.size());
        return codes.size();
    }

    /** The catalogue's procedure, fetched from the portal when the catalogue does not hold it yet. */
    Optional<Procedure> procedure(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<Procedure> known = catalogue.find(code);
        if (known.isPresent()) {
            return known;
        }
        try {
            return Optional.of(fetch(code));
        } catch (UpstreamException failure) {
            if (failure.kind() == FailureKind.NOT_FOUND) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    private Procedure fetch(String code) {
        Procedure procedure = mapper.toProcedure(portal.procedure(code));
        catalogue.save(procedure, clock.instant());
        return procedure;
    }
}
