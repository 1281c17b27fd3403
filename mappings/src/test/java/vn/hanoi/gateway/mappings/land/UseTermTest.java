package vn.hanoi.gateway.mappings.land;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.common.CanonicalJson;

class UseTermTest {

    private final ObjectMapper json = CanonicalJson.newMapper();

    @Test
    void isWrittenAsLongTermOrAnIsoDate() throws JsonProcessingException {
        assertThat(json.writeValueAsString(UseTerm.LONG_TERM)).isEqualTo("\"LONG_TERM\"");
        assertThat(json.writeValueAsString(UseTerm.endingOn(LocalDate.of(2064, 12, 31)))).isEqualTo("\"2064-12-31\"");
    }

    @Test
    void isReadBackFromWhatItWrites() throws JsonProcessingException {
        assertThat(json.readValue("\"LONG_TERM\"", UseTerm.class)).isEqualTo(UseTerm.LONG_TERM);
        assertThat(json.readValue("\"2064-12-31\"", UseTerm.class))
                .isEqualTo(UseTerm.endingOn(LocalDate.of(2064, 12, 31)));
    }

    @Test
    void onlyTheLongTermHasNoEndDate() {
        assertThat(UseTerm.LONG_TERM.isLongTerm()).isTrue();
        assertThat(UseTerm.endingOn(LocalDate.of(2064, 12, 31)).isLongTerm()).isFalse();
    }
}
