package vn.hanoi.gateway.dossiers.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.routes.npsp.NpspJson;
import vn.hanoi.gateway.routes.npsp.ProcedureCatalogue;

/** The procedure catalogue in {@code npsp_procedure}, one canonical Procedure (JSON) per code. */
@Repository
class JdbcProcedureCatalogue implements ProcedureCatalogue {

    private final JdbcClient jdbc;
    private final boolean mirroredBefore;
    private volatile boolean synchronised;

    JdbcProcedureCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.mirroredBefore = jdbc.sql("SELECT COUNT(*) FROM npsp_procedure").query(Long.class).single() > 0;
    }

    /**
     * The catalogue has been read: its persisted mirror held procedures when this instance started, or a
     * synchronisation with the portal has completed since. Until then a code it does not hold may yet be in it.
     */
    boolean read() {
        return mirroredBefore || synchronised;
    }

    @Override
    public void synchronised(Instant at) {
        synchronised = true;
    }

    @Override
    public Optional<Procedure> find(String code) {
        return jdbc.sql("SELECT content FROM npsp_procedure WHERE code = :code").param("code", code)
                .query(String.class).optional().map(json -> NpspJson.read(json, Procedure.class));
    }

    List<Procedure> all() {
        return jdbc.sql("SELECT content FROM npsp_procedure ORDER BY code").query(String.class).list().stream()
                .map(json -> NpspJson.read(json, Procedure.class)).toList();
    }

    /** An upsert that works alike on H2 and PostgreSQL: update, else insert (else another instance just did). */
    @Override
    public void save(Procedure procedure, Instant synchronisedAt) {
        if (update(procedure, synchronisedAt) == 0) {
            try {
                jdbc.sql("INSERT INTO npsp_procedure (code, content, synchronised_at) VALUES (:code, :content, :at)")
                        .param("code", procedure.code()).param("content", NpspJson.write(procedure))
                        .param("at", Timestamps.sql(synchronisedAt)).update();
            } catch (DuplicateKeyException concurrent) {
                update(procedure, synchronisedAt);
            }
        }
    }

    private int update(Procedure procedure, Instant synchronisedAt) {
        return jdbc.sql("UPDATE npsp_procedure SET content = :content, synchronised_at = :at WHERE code = :code")
                .param("content", NpspJson.write(procedure)).param("at", Timestamps.sql(synchronisedAt))
                .param("code", procedure.code()).update();
    }
}
