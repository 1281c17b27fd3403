package vn.hanoi.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitPropertiesTest {

    private final RateLimitProperties limits = new RateLimitProperties(100, Duration.ofSeconds(1), Map.of(
            "bulk-importer", new RateLimitProperties.ClientLimit(1000, null),
            "slow-partner", new RateLimitProperties.ClientLimit(null, Duration.ofMinutes(1))),
            new RateLimitProperties.Shared(false, "gateway:rate-limit:", Duration.ofMillis(500), Duration.ofSeconds(5)));

    @Test
    void aClientWithoutItsOwnLimitHasTheDefault() {
        assertThat(limits.limitForPeriodOf("one-stop-hanoi")).isEqualTo(100);
        assertThat(limits.limitRefreshPeriodOf("one-stop-hanoi")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aClientsOwnLimitOverridesOnlyWhatItStates() {
        assertThat(limits.limitForPeriodOf("bulk-importer")).isEqualTo(1000);
        assertThat(limits.limitRefreshPeriodOf("bulk-importer")).isEqualTo(Duration.ofSeconds(1));
        assertThat(limits.limitForPeriodOf("slow-partner")).isEqualTo(100);
        assertThat(limits.limitRefreshPeriodOf("slow-partner")).isEqualTo(Duration.ofMinutes(1));
    }
}
