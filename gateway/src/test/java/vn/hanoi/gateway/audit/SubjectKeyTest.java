package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectKeyTest {

    private final SubjectKey key = new SubjectKey("a-subject-key-of-at-least-32-bytes!");

    /**
     * Known answer, computed once outside the code, so that a change to the subject hash (which would make every
     * stored record unreachable by personal id) fails here:
     * {@code printf '001305885451' | openssl dgst -sha256 -hmac 'a-subject-key-of-at-least-32-bytes!'}.
     * Checked red by appending a space to the HMAC input in {@code SubjectKey.hashOf}.
     */
    @Test
    void aPersonalIdHashesToItsKnownAnswer() {
        assertThat(key.hashOf("001305885451")).isEqualTo("3bd4d1f76c33948ac3da5d6abe731d44a8243a91da20cf85cb202bb8ec66fb87");
    }

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
