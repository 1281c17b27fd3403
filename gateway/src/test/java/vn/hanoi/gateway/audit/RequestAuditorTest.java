package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.access.PersonalDataAccess;
import vn.hanoi.gateway.access.Purpose;

class RequestAuditorTest {

    private static final String CITIZEN = "001305885451";
    private static final RuntimeException DATABASE_OUT_OF_REACH = new CannotGetJdbcConnectionException(
            "no connection", new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

    @TempDir
    Path spoolDirectory;

    @Test
    void withTheDatabaseOutOfReachTheRecordIsSpooledAndTheAnswerGoes() {
        AuditSpool spool = new AuditSpool(spoolDirectory, new SimpleMeterRegistry());
        RequestAuditor auditor = auditor(failingWith(DATABASE_OUT_OF_REACH), spool);

        assertThat(auditor.audit(lookup(), 200, new Object())).isTrue();

        AuditEntry spooled = spool.read().get(0).entry();
        assertThat(spool.depth()).isEqualTo(1);
        assertThat(spooled.outcome()).isEqualTo("FOUND");
        assertThat(spooled.operation()).isEqualTo("GET /api/v1/citizens/{personalId}");
        assertThat(spooled.subjectHash()).isNotNull().isNotEqualTo(CITIZEN);
        assertThat(auditor.writeFailures()).isZero();
    }

    @Test
    void withTheSpoolUnwritableTooTheAnswerIsWithheld() throws IOException {
        AuditSpool spool = new AuditSpool(Files.createFile(spoolDirectory.resolve("not-a-directory")),
                new SimpleMeterRegistry());
        RequestAuditor auditor = auditor(failingWith(DATABASE_OUT_OF_REACH), spool);

        assertThat(auditor.audit(lookup(), 200, new Object())).isFalse();
        assertThat(auditor.writeFailures()).isEqualTo(1);
    }

    @Test
    void anInsertTheDatabaseRefusesIsNotSpooled() {
        AuditSpool spool = new AuditSpool(spoolDirectory, new SimpleMeterRegistry());
        RequestAuditor auditor = auditor(failingWith(new BadSqlGrammarException("insert", "INSERT …",
                new SQLException("relation \"audit_record\" does not exist", "42P01"))), spool);

        assertThat(auditor.audit(lookup(), 200, new Object())).isFalse();
        assertThat(spool.depth()).isZero();
    }

    private static RequestAuditor auditor(AuditLog log, AuditSpool spool) {
        return new RequestAuditor(log, spool, new SubjectKey("test-audit-subject-key-of-at-least-32-bytes"),
                mock(AccessTransports.class), Clock.systemUTC(), new SimpleMeterRegistry(), Duration.ofSeconds(30));
    }

    private static AuditLog failingWith(RuntimeException failure) {
        AuditLog log = mock(AuditLog.class);
        doThrow(failure).when(log).append(anyList());
        return log;
    }

    private static MockHttpServletRequest lookup() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/citizens/" + CITIZEN);
        request.setAttribute(PersonalDataAccess.class.getName(), new PersonalDataAccess("one-stop-hanoi",
                Dataset.of("population"), new Purpose("000.00.01.H26-261128-0042", "can-bo-1"),
                "GET /api/v1/citizens/{personalId}"));
        Audited.subject(request, CITIZEN);
        return request;
    }

    @Test
    void theOutcomeFollowsTheAnswer() {
        assertThat(RequestAuditor.outcomeOf(200, new Object())).isEqualTo("FOUND");
        assertThat(RequestAuditor.outcomeOf(404, problem(404, "NOT_FOUND"))).isEqualTo("NOT_FOUND");
        assertThat(RequestAuditor.outcomeOf(400, problem(400, "VALIDATION_FAILED"))).isEqualTo("REFUSED");
        assertThat(RequestAuditor.outcomeOf(406, problem(406, "NOT_ACCEPTABLE"))).isEqualTo("REFUSED");
        assertThat(RequestAuditor.outcomeOf(503, problem(503, "UPSTREAM_UNAVAILABLE"))).isEqualTo("ERROR_UPSTREAM_UNAVAILABLE");
        assertThat(RequestAuditor.outcomeOf(504, problem(504, "UPSTREAM_TIMEOUT"))).isEqualTo("ERROR_UPSTREAM_TIMEOUT");
        assertThat(RequestAuditor.outcomeOf(500, null)).isEqualTo("ERROR_500");
    }

    private static ProblemDetail problem(int status, String code) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.valueOf(status));
        problem.setType(URI.create("urn:test"));
        problem.setProperty("code", code);
        return problem;
    }
}
