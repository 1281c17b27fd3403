package vn.hanoi.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorrelationIdsTest {

    @Test
    void areDistinctRandomVersionFourUuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = CorrelationIds.next();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(id).isEqualTo(uuid.toString());
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }
}
