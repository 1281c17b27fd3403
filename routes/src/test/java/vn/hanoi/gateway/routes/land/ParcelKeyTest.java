package vn.hanoi.gateway.routes.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParcelKeyTest {

    @Test
    void keysAParcelByTheCommuneAsSentAndTheNumbersWithoutLeadingZeros() {
        assertThat(new ParcelKey("00118", "021", "0279").lookupKey()).isEqualTo("00118/21/279");
        assertThat(new ParcelKey("00124", "21", "279").lookupKey()).isNotEqualTo("00118/21/279");
    }

    @Test
    void readsBackItsLookupKey() {
        assertThat(ParcelKey.ofLookupKey("00118/21/279")).isEqualTo(new ParcelKey("00118", "21", "279"));
        assertThatThrownBy(() -> ParcelKey.ofLookupKey("00118/21")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movesTheSameNumbersToAnotherCommune() {
        assertThat(new ParcelKey("00118", "21", "279").inCommune("00124")).isEqualTo(new ParcelKey("00124", "21", "279"));
    }

    @Test
    void neverPrintsTheReference() {
        assertThat(new ParcelKey("00118", "21", "279").toString()).doesNotContain("00118", "21", "279");
    }
}
