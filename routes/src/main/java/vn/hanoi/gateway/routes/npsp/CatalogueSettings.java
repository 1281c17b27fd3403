package vn.hanoi.gateway.routes.npsp;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code gateway.catalogue.*}: when the procedure catalogue is first synchronised after start, and how often. */
@ConfigurationProperties("gateway.catalogue")
record CatalogueSettings(boolean enabled, Duration initialDelay, Duration pollInterval) {

    CatalogueSettings {
        Objects.requireNonNull(initialDelay, "gateway.catalogue.initial-delay");
        Objects.requireNonNull(pollInterval, "gateway.catalogue.poll-interval");
    }
}
