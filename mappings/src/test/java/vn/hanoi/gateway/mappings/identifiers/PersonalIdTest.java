package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hanoi.gateway.mappings.testing.Fixtures;

class PersonalIdTest {

    private final PersonalId rule = PersonalId.rule();

    @Test
    void acceptsEveryFixtureCitizenAndEveryUnknownIdentifier() {
        List<String> fixtureIds = Fixtures.files("population/native").stream().map(Fixtures::baseName).toList();
        JsonNode unknown = Fixtures.json(Fixtures.file("unknown-identifiers.json")).get("personalIds");
        List<String> unknownIds = StreamSupport.stream(unknown.spliterator(), false).map(JsonNode::asText).toList();

        assertThat(fixtureIds).isNotEmpty().allSatisfy(id -> assertThat(rule.violation(id)).isEmpty());
        assertThat(unknownIds).isNotEmpty().allSatisfy(id -> assertThat(rule.violation(id)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00130588545", "0013058854510", "00130588545x", "001 05885451", "000305885451",
            "097305885451", "001605885451", "００１３０５８８５４５１"})
    void rejectsMalformedIds(String candidate) {
        assertThat(rule.violation(candidate)).isPresent();
    }

    @Test
    void rejectsNull() {
        assertThat(rule.violation(null)).isPresent();
    }

    @Test
    void decodesCenturyAndYear() {
        assertThat(PersonalId.birthYear("001305885451")).isEqualTo(2005);
        assertThat(PersonalId.birthYear("001155919313")).isEqualTo(1955);
        assertThat(PersonalId.birthYear("001066246367")).isEqualTo(1966);
        assertThat(PersonalId.agreesWith("001305885451", LocalDate.of(2005, 11, 18))).isTrue();
        assertThat(PersonalId.agreesWith("001305885451", LocalDate.of(1905, 11, 18))).isFalse();
        assertThat(PersonalId.agreesWith("001305885451", null)).isTrue();
    }

    @Test
    void messagesNeverQuoteTheValue() {
        assertThat(rule.violation("997305885451")).hasValueSatisfying(m -> assertThat(m).doesNotContain("997305885451"));
    }
}
