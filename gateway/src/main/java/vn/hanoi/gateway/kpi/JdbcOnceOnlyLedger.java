package vn.hanoi.gateway.kpi;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.hanoi.gateway.dossiers.DossierFacts;
import vn.hanoi.gateway.dossiers.Timestamps;

/**
 * The ledger in {@code once_only_dossier} and {@code once_only_component}. A prefill locks its dossier's row, so
 * prefills of one dossier are taken one at a time; a component stays satisfied once a prefill FULFILLED it. A
 * dossier prefilled for another procedure than before starts afresh.
 */
@Repository
class JdbcOnceOnlyLedger implements OnceOnlyLedger {

    private final JdbcClient jdbc;
    private final DossierFacts facts;

    JdbcOnceOnlyLedger(JdbcClient jdbc, DossierFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    @Override
    @Transactional
    public void prefilled(PrefilledDossier dossier) {
        String code = dossier.dossierCode();
        jdbc.sql("INSERT INTO once_only_dossier (dossier_code, procedure_code, required_components, "
                        + "required_with_source, satisfied_components, prefills, first_prefilled_at, last_prefilled_at) "
                        + "VALUES (:code, :procedure, 0, 0, 0, 0, :at, :at) ON CONFLICT DO NOTHING")
                .param("code", code).param("procedure", dossier.procedureCode())
                .param("at", Timestamps.sql(dossier.at())).update();
        String procedure = jdbc.sql("SELECT procedure_code FROM once_only_dossier WHERE dossier_code = :code FOR UPDATE")
                .param("code", code).query(String.class).single();
        if (!procedure.equals(dossier.procedureCode())) {
            jdbc.sql("DELETE FROM once_only_component WHERE dossier_code = :code").param("code", code).update();
        }
        dossier.components().forEach(component -> upsert(code, component));
        jdbc.sql("UPDATE once_only_dossier SET procedure_code = :procedure, prefills = prefills + 1, "
                        + "last_prefilled_at = :at, "
                        + "required_components = (SELECT COUNT(*) FROM once_only_component c "
                        + "WHERE c.dossier_code = :code AND c.required), "
                        + "required_with_source = (SELECT COUNT(*) FROM once_only_component c "
                        + "WHERE c.dossier_code = :code AND c.required AND c.source IS NOT NULL), "
                        + "satisfied_components = (SELECT COUNT(*) FROM once_only_component c "
                        + "WHERE c.dossier_code = :code AND c.required AND c.source IS NOT NULL AND c.fulfilled) "
                        + "WHERE dossier_code = :code")
                .param("procedure", dossier.procedureCode()).param("at", Timestamps.sql(dossier.at()))
                .param("code", code).update();
        facts.prefilled(code);
    }

    /** Per procedure, the dossiers first prefilled in {@code [from, to)}. */
    List<ProcedureTally> prefilledBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT procedure_code, COUNT(*) AS dossiers, "
                        + "SUM(CASE WHEN satisfied_components = required_with_source THEN 1 ELSE 0 END) AS without, "
                        + "SUM(required_components) AS required, SUM(required_with_source) AS with_source, "
                        + "SUM(satisfied_components) AS satisfied FROM once_only_dossier "
                        + "WHERE first_prefilled_at >= :from AND first_prefilled_at < :to GROUP BY procedure_code")
                .param("from", Timestamps.sql(from)).param("to", Timestamps.sql(to))
                .query((row, n) -> new ProcedureTally(row.getString("procedure_code"), row.getLong("dossiers"),
                        row.getLong("without"), row.getLong("required"), row.getLong("with_source"),
                        row.getLong("satisfied")))
                .list();
    }

    private void upsert(String code, Component component) {
        int updated = jdbc.sql("UPDATE once_only_component SET fulfilled = (fulfilled OR :fulfilled), "
                        + "required = :required, source = :source, document_type = :type "
                        + "WHERE dossier_code = :code AND component_code = :component")
                .param("fulfilled", component.fulfilled()).param("required", component.required())
                .param("source", component.source()).param("type", component.documentType())
                .param("code", code).param("component", component.componentCode()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO once_only_component (dossier_code, component_code, document_type, source, required, "
                            + "fulfilled) VALUES (:code, :component, :type, :source, :required, :fulfilled)")
                    .param("code", code).param("component", component.componentCode())
                    .param("type", component.documentType()).param("source", component.source())
                    .param("required", component.required()).param("fulfilled", component.fulfilled()).update();
        }
    }
}
