package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CacheKeysTest {

    private final CacheKeys keys = new CacheKeys("a-secret-of-sixteen-bytes".getBytes(StandardCharsets.UTF_8));

    /**
     * Known answer, computed once outside the code, so that a change to the key function (which would orphan every
     * entry of a shared cache) fails here: HMAC-SHA256 of system, operation and identifier separated by NUL,
     * {@code printf 'population\x00lookup\x00001305885451' | openssl dgst -sha256 -hmac a-secret-of-sixteen-bytes}.
     * Checked red by changing the second separator in {@code CacheKeys.keyOf} to U+0001.
     */
    @Test
    void aLookupHasItsKnownKey() {
        assertThat(keys.keyOf("population", "lookup", "001305885451"))
                .isEqualTo("population:lookup:319540d97f0cbac703a7a9ab8a2b73265d1880cf9337175877ea74f5e594ec8a");
    }

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
