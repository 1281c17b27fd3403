package vn.hanoi.gateway.dossiers.incoming;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.documentaxis.AxisDocument;
import vn.hanoi.gateway.mappings.documentaxis.AxisStatus;
import vn.hanoi.gateway.mappings.documentaxis.EdxmlReader;
import vn.hanoi.gateway.mappings.documentaxis.EdxmlWriter;
import vn.hanoi.gateway.mappings.documentaxis.StatusMessage;

/**
 * The edXML status a unit's decision on an incoming transfer sends back to its sender: {@code 03} (registered) when
 * accepted, {@code 02} (refused) with the unit's reason as {@code Description}; {@code ResponseFor} the document as
 * received (its sender, {@code Code}, date and {@code DocumentId}), {@code Timestamp} the decision's time, the officer
 * as {@code StaffInfo/Staff}.
 */
@Component
public class AnswerStatuses {

    static final String ACCEPTED_DESCRIPTION = "Đã tiếp nhận hồ sơ liên thông";

    private final JdbcClient jdbc;
    private final String organId;
    private final String organName;
    private final EdxmlReader reader = new EdxmlReader();
    private final EdxmlWriter writer = new EdxmlWriter();

    AnswerStatuses(JdbcClient jdbc, @Value("${gateway.connectors.document-axis.organ-id}") String organId,
                   @Value("${gateway.connectors.document-axis.organ-name:}") String organName) {
        this.jdbc = jdbc;
        this.organId = organId;
        this.organName = organName;
    }

    /** The status envelope answering the incoming transfer the axis item {@code messageId} brought. */
    public String answer(String messageId, boolean accepted, String reason, String officer, Instant at) {
        AxisDocument received = (AxisDocument) reader.read(jdbc.sql("SELECT edxml FROM axis_inbox_item "
                + "WHERE message_id = :message").param("message", messageId).query(String.class).single());
        AxisStatus status = accepted ? AxisStatus.RECEIVED : AxisStatus.REFUSED;
        String code = received.codeNumber() == null ? null
                : received.codeNumber() + (received.codeNotation() == null ? "" : "/" + received.codeNotation());
        return writer.write(new StatusMessage(received.documentId(), received.fromOrganId(), code,
                received.promulgationDate(), organId, organName, status.code(), status,
                accepted ? ACCEPTED_DESCRIPTION : reason, Timestamps.inVietnam(at.truncatedTo(ChronoUnit.SECONDS)),
                null, officer));
    }
}
