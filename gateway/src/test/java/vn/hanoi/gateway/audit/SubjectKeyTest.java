package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectKeyTest {

    private final SubjectKey key = new SubjectKey("a-subject-key-of-at-least-32-bytes!");

    @Test
    void theSamePersonAlwaysHasTheSameHashWhichDoesNotContainTheId() {
        assertThat(key.hashOf("001305885451")).isEqualTo(key.hashOf("001305885451"))
                .isNotEqualTo(key.hashOf("001305885452")).hasSize(64).doesNotContain("001305885451");
    }

    @Test
    void anotherKeyGivesOtherHashes() {
        assertThat(new SubjectKey("another-subject-key-of-32-bytes-or-more").hashOf("001305885451"))
                .isNotEqualTo(key.hashOf("001305885451"));
    }

    @Test
    void aMissingOrShortKeyStopsTheGateway() {
        assertThatThrownBy(() -> new SubjectKey("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway.audit.subject-key");
        assertThatThrownBy(() -> new SubjectKey("short")).isInstanceOf(IllegalStateException.class);
    }
}
