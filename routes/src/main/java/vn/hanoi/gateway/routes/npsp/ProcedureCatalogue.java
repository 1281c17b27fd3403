package vn.hanoi.gateway.routes.npsp;

import java.time.Instant;
import java.util.Optional;
import vn.hanoi.gateway.mappings.npsp.Procedure;

/** The synchronised procedure catalogue; the gateway stores it. */
public interface ProcedureCatalogue {

    Optional<Procedure> find(String code);

    void save(Procedure procedure, Instant synchronisedAt);

    /** The portal's whole list was read and every procedure on it saved: the catalogue can answer "no such procedure". */
    void synchronised(Instant at);
}
