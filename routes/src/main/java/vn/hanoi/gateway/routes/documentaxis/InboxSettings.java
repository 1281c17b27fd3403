package vn.hanoi.gateway.routes.documentaxis;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.connectors.document-axis.inbox.*}: whether the gateway reads its axis inbox (every
 * {@code poll-interval} of the connector), when first after start, how many items per page ({@code limit}, 1–100) and
 * pages per run.
 */
@ConfigurationProperties("gateway.connectors.document-axis.inbox")
record InboxSettings(boolean enabled, Duration initialDelay, int pageSize, int maxPagesPerRun) {

    InboxSettings {
        Objects.requireNonNull(initialDelay, "gateway.connectors.document-axis.inbox.initial-delay");
        if (pageSize < 1 || pageSize > 100 || maxPagesPerRun < 1) {
            throw new IllegalArgumentException(
                    "gateway.connectors.document-axis.inbox: page-size 1-100, max-pages-per-run >= 1");
        }
    }
}
