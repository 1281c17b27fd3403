package vn.hanoi.gateway.problem;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the gateway's database cannot be reached (as opposed to a statement it refused):
 * no connection to be had (Hikari's timeout, {@link CannotCreateTransactionException}), a connection lost in
 * the middle ({@link DataAccessResourceFailureException}, SQL state class {@code 08}), anywhere in the cause
 * chain, or behind a rollback that failed for the same reason ({@link TransactionSystemException}). Such a write answers 503 {@code STORE_UNAVAILABLE}; such an audit write goes to the spool.
 */
public final class StoreFailures {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private StoreFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SocketException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollbackFailed
                    && rollbackFailed.getApplicationException() != null
                    && isUnavailable(rollbackFailed.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
