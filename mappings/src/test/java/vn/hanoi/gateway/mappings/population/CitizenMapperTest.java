package vn.hanoi.gateway.mappings.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.mappings.common.AddressTranslator;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.population.wsdl.CongDan;
import vn.hanoi.gateway.mappings.population.wsdl.TraCuuThongTinCongDanResponse;
import vn.hanoi.gateway.mappings.testing.Fixtures;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;

class CitizenMapperTest {

    private final CitizenMapper mapper = new CitizenMapper(new AddressTranslator(AdminUnits.hanoi()));
    private final ObjectMapper json = CanonicalJson.newMapper();

    static Stream<Path> nativeFixtures() {
        return Fixtures.files("population/native").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFixtures")
    void mapsEveryNativeFixtureToExactlyItsCanonicalTwin(Path nativeFile) {
        CongDan congDan = Fixtures.soapBody(nativeFile, TraCuuThongTinCongDanResponse.class)
                .getCongdanCollection().getCongDan().get(0);

        JsonNode actual = json.valueToTree(mapper.toCitizen(congDan));
        JsonNode expected = Fixtures.json(Fixtures.file("population/canonical/" + Fixtures.baseName(nativeFile) + ".json"));

        assertThat(JsonFieldDiff.between(expected, actual)).isEmpty();
    }

    @Test
    void everyNativeFixtureHasACanonicalTwin() {
        List<String> natives = Fixtures.files("population/native").stream().map(Fixtures::baseName).toList();
        List<String> canonicals = Fixtures.files("population/canonical").stream().map(Fixtures::baseName).toList();
        assertThat(natives).hasSizeGreaterThan(20).containsExactlyInAnyOrderElementsOf(canonicals);
    }

    @Test
    void neverCarriesTheBloodGroup() {
        CongDan congDan = new CongDan();
        congDan.setSoDinhDanh("001305885451");
        congDan.setNhomMau("O");
        JsonNode citizen = json.valueToTree(mapper.toCitizen(congDan));
        assertThat(citizen.toString()).doesNotContain("\"O\"");
        assertThat(citizen.has("bloodGroup")).isFalse();
    }

    @Test
    void emptyAndAbsentElementsBecomeNullAndUnknownCodesKeepTheirCode() {
        CongDan congDan = new CongDan();
        congDan.setSoDinhDanh("001305885451");
        congDan.setSoCMND("  ");
        congDan.setGioiTinh("9");
        congDan.setDanToc("54");
        congDan.setTinhTrangHonNhan("");

        Citizen citizen = mapper.toCitizen(congDan);

        assertThat(citizen.formerIdNumber()).isNull();
        assertThat(citizen.fullName()).isNull();
        assertThat(citizen.gender()).isEqualTo(Citizen.Gender.UNKNOWN);
        assertThat(citizen.maritalStatus()).isEqualTo(Citizen.MaritalStatus.UNKNOWN);
        assertThat(citizen.ethnicity().code()).isEqualTo("54");
        assertThat(citizen.ethnicity().name()).isNull();
        assertThat(citizen.religion()).isNull();
        assertThat(citizen.permanentAddress()).isNull();
        assertThat(citizen.dateOfBirth()).isNull();
        assertThat(citizen.birthYear()).isNull();
    }
}
