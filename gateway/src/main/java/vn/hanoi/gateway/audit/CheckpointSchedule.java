package vn.hanoi.gateway.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs the chain's head every {@code gateway.audit.checkpoint.interval} when records were appended since the
 * last checkpoint ({@link AuditLog#checkpointHead}), so that no record stays unsigned longer than that however
 * few are written. Several instances may do it at once: the head's row lock orders them, and the later one finds
 * the head already signed.
 */
@Component
class CheckpointSchedule extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final AuditLog log;

    CheckpointSchedule(AuditLog log, CheckpointProperties properties) {
        super("audit-checkpoint", properties.interval());
        this.log = log;
    }

    @Override
    void runOnce() {
        try {
            log.checkpointHead();
        } catch (RuntimeException failure) {
            LOG.warn("The audit chain's head could not be checkpointed ({}); trying again in {} ms",
                    failure.getClass().getName(), intervalMillis());
        }
    }
}
