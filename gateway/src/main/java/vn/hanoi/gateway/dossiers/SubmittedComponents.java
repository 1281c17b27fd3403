package vn.hanoi.gateway.dossiers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.routes.npsp.ProcedureCatalogue;

/**
 * What {@code DATA_REUSED} needs of a dossier ({@code docs/indicators.md}): the components its applicant submitted
 * afresh that a register or the warehouse could hold ({@code kpi_submitted_component}), and from them and the
 * once-only ledger whether the applicant resubmitted something the state held ({@code kpi_dossier.resubmitted}).
 * A document counts as submitted afresh unless the warehouse held it from before the dossier (stored with another
 * dossier, or issued): a paper digitised at this dossier's intake, or a file uploaded to the portal, is the
 * applicant's.
 */
@Repository
class SubmittedComponents {

    /**
     * Held at receipt: prefilled, when a prefill of the dossier FULFILLED the component; never prefilled, when the
     * catalogue names a source for it (presumed held: the gateway did not ask).
     */
    private static final String REASSESS = "UPDATE kpi_dossier SET resubmitted = EXISTS (SELECT 1 "
            + "FROM kpi_submitted_component s WHERE s.dossier_code = :code AND ("
            + "NOT EXISTS (SELECT 1 FROM once_only_dossier o WHERE o.dossier_code = :code) "
            + "OR EXISTS (SELECT 1 FROM once_only_component c WHERE c.dossier_code = :code "
            + "AND c.component_code = s.component_code AND c.fulfilled))) WHERE dossier_code = :code";

    /** One component as the applicant listed it; {@code documentId} null when none is named. */
    record Submitted(String componentCode, String documentId) {
    }

    private final JdbcClient jdbc;
    private final ProcedureCatalogue catalogue;

    SubmittedComponents(JdbcClient jdbc, ProcedureCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** Replaces what the dossier's applicant submitted, and reassesses it. */
    void submitted(String dossierCode, String procedureCode, List<Submitted> components) {
        jdbc.sql("DELETE FROM kpi_submitted_component WHERE dossier_code = :code").param("code", dossierCode).update();
        Map<String, String> sources = sources(procedureCode);
        Set<String> heldBefore = heldBefore(dossierCode, components);
        components.stream()
                .filter(component -> sources.get(component.componentCode()) != null)
                .filter(component -> !heldBefore.contains(component.documentId()))
                .forEach(component -> jdbc.sql("INSERT INTO kpi_submitted_component (dossier_code, component_code, "
                                + "source) VALUES (:code, :component, :source) ON CONFLICT DO NOTHING")
                        .param("code", dossierCode).param("component", component.componentCode())
                        .param("source", sources.get(component.componentCode())).update());
        reassess(dossierCode);
    }

    /** After a prefill of the dossier: what the state held may have changed. */
    void reassess(String dossierCode) {
        jdbc.sql(REASSESS).param("code", dossierCode).update();
    }

    private Map<String, String> sources(String procedureCode) {
        Map<String, String> sources = new HashMap<>();
        catalogue.find(procedureCode).ifPresent(procedure -> procedure.documents().stream()
                .filter(document -> document.source() != null)
                .forEach(document -> sources.put(document.componentCode(), document.source())));
        return sources;
    }

    /** The documents named that the warehouse held from before this dossier. */
    private Set<String> heldBefore(String dossierCode, List<Submitted> components) {
        List<String> ids = components.stream().map(Submitted::documentId).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT document_id FROM warehouse_document WHERE document_id IN (:ids) "
                        + "AND (dossier_code IS NULL OR dossier_code <> :code)")
                .param("ids", ids).param("code", dossierCode).query(String.class).list());
    }
}
