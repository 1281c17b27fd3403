package vn.hanoi.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class StoreFailuresTest {

    @Test
    void noConnectionToBeHadIsTheStoreBeingUnavailable() {
        SQLTransientConnectionException hikariTimeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2000ms.");

        assertThat(StoreFailures.isUnavailable(new CannotCreateTransactionException("no JDBC connection", hikariTimeout)))
                .isTrue();
        assertThat(StoreFailures.isUnavailable(new CannotGetJdbcConnectionException("no connection", hikariTimeout)))
                .isTrue();
        assertThat(StoreFailures.isUnavailable(hikariTimeout)).isTrue();
    }

    @Test
    void aConnectionLostMidStatementIsTheStoreBeingUnavailableWhereverItIsWrapped() {
        SQLException ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        assertThat(StoreFailures.isUnavailable(new UncategorizedSQLException("insert", "INSERT …", ioError))).isTrue();
        assertThat(StoreFailures.isUnavailable(new CamelExecutionException("route failed", null,
                new UncategorizedSQLException("insert", "INSERT …", ioError)))).isTrue();
    }

    @Test
    void aRollbackThatFailedOnTheLostConnectionHidesTheFailureBehindIt() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed");
        rollbackFailed.initApplicationException(new UncategorizedSQLException("select", "SELECT …",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(StoreFailures.isUnavailable(rollbackFailed)).isTrue();
        assertThat(StoreFailures.isUnavailable(new TransactionSystemException("commit refused"))).isFalse();
    }

    @Test
    void aStatementTheDatabaseRefusesIsNot() {
        assertThat(StoreFailures.isUnavailable(new BadSqlGrammarException("select", "SELECT …",
                new SQLException("relation \"audit_record\" does not exist", "42P01")))).isFalse();
        assertThat(StoreFailures.isUnavailable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(StoreFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
