package vn.hanoi.gateway.mappings.land;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.testing.Fixtures;

class LegacyCommuneCodesTest {

    private final LegacyCommuneCodes legacyCodes = new LegacyCommuneCodes(AdminUnits.hanoi());

    @Test
    void aPreReformCodeThatIsNoLongerInUseIsAskedForAsItIs() {
        assertThat(legacyCodes.toTryFor("00124")).containsExactly("00124");
        assertThat(legacyCodes.toTryFor("04939")).containsExactly("04939");
    }

    @Test
    void aCurrentCodeIsAskedForAsTheOldCommunesItWasMadeOfWithItsNamesakeFirst() {
        assertThat(legacyCodes.toTryFor("10231")).containsExactly("10231", "10234", "10240", "10249", "10255");
        assertThat(legacyCodes.toTryFor("09832"))
                .containsExactly("09832", "00607", "09820", "09835", "09844", "09847", "09853");
    }

    @Test
    void aCurrentCodeIsAskedForAsEveryOldCommuneItTookAnyPartOf() {
        assertThat(legacyCodes.toTryFor("00493"))
                .containsExactlyInAnyOrderElementsOf(AdminUnits.hanoi().legacyCodesOf("00493"))
                .contains("00514");
    }

    @Test
    void aCodeThatIsBothCurrentAndOldIsReadAsCurrentAndStillTriesTheOldCommuneFirst() {
        assertThat(AdminUnits.hanoi().isLegacyCommune("09676")).isTrue();
        assertThat(AdminUnits.hanoi().isCurrentCommune("09676")).isTrue();

        assertThat(legacyCodes.toTryFor("09676")).containsExactly("09676", "09670", "09673", "09691", "09700");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"99999", "79001", "0012", "abcde"})
    void anUnknownCodeHasNothingToAskFor(String code) {
        assertThat(legacyCodes.toTryFor(code)).isEmpty();
    }

    static Stream<Path> canonicalFixtures() {
        return Fixtures.files("land/canonical").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalFixtures")
    void everyCurrentCommuneAParcelLiesInLeadsBackToTheRegistersCode(Path canonicalFile) {
        JsonNode parcel = Fixtures.json(canonicalFile);
        String registerCode = parcel.get("legacyCommuneCode").asText();
        List<String> currentCommunes = new ArrayList<>();
        if (!parcel.get("communeCode").isNull()) {
            currentCommunes.add(parcel.get("communeCode").asText());
        }
        parcel.get("communeCodeCandidates").forEach(candidate -> currentCommunes.add(candidate.asText()));

        assertThat(currentCommunes).isNotEmpty()
                .allSatisfy(current -> assertThat(legacyCodes.toTryFor(current)).contains(registerCode));
        assertThat(legacyCodes.toTryFor(registerCode)).contains(registerCode);
    }
}
