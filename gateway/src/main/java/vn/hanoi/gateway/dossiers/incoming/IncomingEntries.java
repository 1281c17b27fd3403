package vn.hanoi.gateway.dossiers.incoming;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.documentaxis.IncomingTransfer;
import vn.hanoi.gateway.mappings.npsp.Routing;
import vn.hanoi.gateway.routes.npsp.NpspJson;

/** The incoming transfers a unit's inbox lists ({@code axis_incoming_transfer}), oldest first. */
@Repository
public class IncomingEntries {

    private final JdbcClient jdbc;

    IncomingEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IncomingEntry> routedTo(String unitCode) {
        return entries("unit_code = :value", unitCode);
    }

    public List<IncomingEntry> decided(Routing.Decision decision) {
        return entries("decision = :value", decision.name());
    }

    private List<IncomingEntry> entries(String condition, String value) {
        return jdbc.sql("SELECT message_id, decision, unit_code, candidates, received_at, content, taken_at "
                        + "FROM axis_incoming_transfer WHERE " + condition + " ORDER BY received_at, message_id")
                .param("value", value)
                .query((row, n) -> new IncomingEntry(row.getString("message_id"),
                        NpspJson.read(row.getString("content"), IncomingTransfer.class),
                        new Routing(Routing.Decision.valueOf(row.getString("decision")), row.getString("unit_code"),
                                row.getString("candidates").isEmpty() ? List.of()
                                        : List.of(row.getString("candidates").split(","))),
                        Timestamps.inVietnam(Timestamps.instant(row, "received_at")),
                        Timestamps.inVietnam(Timestamps.instant(row, "taken_at"))))
                .list();
    }
}
