package vn.hanoi.gateway.routes.npsp;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.intake.*}: when online dossiers are first pulled after start and how often, how many per page ({@code soLuong}) and pages
 * per run, where the very first run starts ({@code yyyyMMddHHmmss}), and the officer id the register lookups
 * made for routing carry.
 */
@ConfigurationProperties("gateway.intake")
record IntakeSettings(
        boolean enabled,
        Duration initialDelay,
        Duration pollInterval,
        int pageSize,
        int maxPageSize,
        int maxPagesPerRun,
        String initialCheckpoint,
        String officerId) {

    IntakeSettings {
        Objects.requireNonNull(initialDelay, "gateway.intake.initial-delay");
        Objects.requireNonNull(pollInterval, "gateway.intake.poll-interval");
        Objects.requireNonNull(initialCheckpoint, "gateway.intake.initial-checkpoint");
        Objects.requireNonNull(officerId, "gateway.intake.officer-id");
        if (pageSize < 1 || maxPageSize < pageSize || maxPagesPerRun < 1 || !initialCheckpoint.matches("\\d{14}")) {
            throw new IllegalArgumentException("gateway.intake: page-size >= 1, max-page-size >= page-size, "
                    + "max-pages-per-run >= 1, initial-checkpoint yyyyMMddHHmmss");
        }
    }
}
