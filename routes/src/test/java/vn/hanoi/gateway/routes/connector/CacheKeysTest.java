package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CacheKeysTest {

    private final CacheKeys keys = new CacheKeys("a-secret-of-sixteen-bytes".getBytes(StandardCharsets.UTF_8));

    @Test
    void keysNeverContainTheIdentifier() {
        assertThat(keys.keyOf("population", "lookup", "001305885451")).doesNotContain("001305885451")
                .startsWith("population:lookup:");
    }

    @Test
    void sameInputsSameKeyAndDifferentSecretsDifferentKeys() {
        CacheKeys other = new CacheKeys("another-secret-of-16-bytes".getBytes(StandardCharsets.UTF_8));
        assertThat(keys.keyOf("population", "lookup", "001305885451"))
                .isEqualTo(keys.keyOf("population", "lookup", "001305885451"))
                .isNotEqualTo(keys.keyOf("population", "lookup", "001305885452"))
                .isNotEqualTo(other.keyOf("population", "lookup", "001305885451"));
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new CacheKeys(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
