package vn.hanoi.gateway.prefill;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.prefill.*}: the overall deadline of one prefill (each source also keeps its connector's own),
 * and the bounded pool its sources are asked on: threads, and how many asks may wait for one.
 */
@ConfigurationProperties("gateway.prefill")
record PrefillSettings(Duration deadline, int threads, int queueCapacity) {

    PrefillSettings {
        Objects.requireNonNull(deadline, "gateway.prefill.deadline");
        if (threads < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException("gateway.prefill.threads >= 1 and queue-capacity >= 0");
        }
    }
}
