package vn.hanoi.gateway.dossiers.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.hanoi.gateway.dossiers.DossierFacts;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.mappings.npsp.Routing;
import vn.hanoi.gateway.routes.npsp.IntakeLedger;
import vn.hanoi.gateway.routes.npsp.NpspJson;

/**
 * The inbox ({@code npsp_inbox}) and the intake's checkpoint ({@code npsp_intake_checkpoint}). A dossier is
 * offered and the checkpoint moved in one transaction; the dossier code is the key, so a dossier is never
 * offered twice, and the checkpoint only moves forward.
 */
@Repository
class JdbcIntakeLedger implements IntakeLedger {

    private final JdbcClient jdbc;
    private final DossierFacts facts;
    private final AtomicReference<String> newestOnPortal = new AtomicReference<>();

    JdbcIntakeLedger(JdbcClient jdbc, DossierFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /** Kept in memory: what this instance's polls have shown since it started (portal times sort as text). */
    @Override
    public void sawOnPortal(String receivedAt) {
        newestOnPortal.accumulateAndGet(receivedAt,
                (seen, shown) -> seen == null || shown.compareTo(seen) > 0 ? shown : seen);
    }

    Optional<String> newestOnPortal() {
        return Optional.ofNullable(newestOnPortal.get());
    }

    @Override
    public Optional<String> checkpoint() {
        return jdbc.sql("SELECT checkpoint FROM npsp_intake_checkpoint WHERE id = 1").query(String.class).optional();
    }

    @Override
    public boolean knows(String dossierCode) {
        return jdbc.sql("SELECT COUNT(*) FROM npsp_inbox WHERE dossier_code = :code").param("code", dossierCode)
                .query(Long.class).single() > 0;
    }

    @Override
    @Transactional
    public boolean take(OnlineDossier dossier, Routing routing, String checkpoint, Instant at) {
        int offered = jdbc.sql("INSERT INTO npsp_inbox (dossier_code, procedure_code, decision, unit_code, candidates, "
                        + "received_at, content, taken_at) VALUES (:code, :procedure, :decision, :unit, :candidates, "
                        + ":received, :content, :at) ON CONFLICT DO NOTHING")
                .param("code", dossier.dossierCode()).param("procedure", dossier.procedureCode())
                .param("decision", routing.decision().name()).param("unit", routing.unitCode())
                .param("candidates", String.join(",", routing.candidates()))
                .param("received", Timestamps.sql(dossier.receivedAt())).param("content", NpspJson.write(dossier))
                .param("at", Timestamps.sql(at)).update();
        if (offered == 1) {
            facts.takenOnline(dossier, routing.decision() == Routing.Decision.MANUAL_TRIAGE ? null : routing.unitCode());
        }
        jdbc.sql("UPDATE npsp_intake_checkpoint SET checkpoint = :checkpoint "
                        + "WHERE id = 1 AND (checkpoint IS NULL OR checkpoint < :checkpoint)")
                .param("checkpoint", checkpoint).update();
        return offered == 1;
    }

    List<InboxEntry> routedTo(String unitCode) {
        return entries("unit_code = :value", unitCode);
    }

    List<InboxEntry> decided(Routing.Decision decision) {
        return entries("decision = :value", decision.name());
    }

    private List<InboxEntry> entries(String condition, String value) {
        return jdbc.sql("SELECT decision, unit_code, candidates, content, taken_at FROM npsp_inbox WHERE " + condition
                        + " ORDER BY received_at, dossier_code")
                .param("value", value)
                .query((row, n) -> InboxEntry.portal(NpspJson.read(row.getString("content"), OnlineDossier.class),
                        new Routing(Routing.Decision.valueOf(row.getString("decision")), row.getString("unit_code"),
                                row.getString("candidates").isEmpty() ? List.of()
                                        : List.of(row.getString("candidates").split(","))),
                        Timestamps.inVietnam(Timestamps.instant(row, "taken_at"))))
                .list();
    }
}
