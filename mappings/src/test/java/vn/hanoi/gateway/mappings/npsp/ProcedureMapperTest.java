package vn.hanoi.gateway.mappings.npsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.testing.Fixtures;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.mappings.testing.JsonFieldOrder;

class ProcedureMapperTest {

    private final ProcedureMapper mapper = new ProcedureMapper();
    private final ObjectMapper json = CanonicalJson.newMapper();

    static Stream<Path> nativeFixtures() {
        return Fixtures.files("npsp/native/LayThuTuc").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFixtures")
    void mapsEveryProcedureToExactlyItsCanonicalTwinInFieldOrder(Path nativeFile) {
        JsonNode actual = json.valueToTree(mapper.toProcedure(Fixtures.json(nativeFile).get("result")));
        JsonNode expected = Fixtures.json(Fixtures.file("npsp/canonical/procedures/" + Fixtures.baseName(nativeFile) + ".json"));

        assertThat(JsonFieldDiff.between(expected, actual)).isEmpty();
        assertThat(JsonFieldOrder.paths(actual)).isEqualTo(JsonFieldOrder.paths(expected));
    }

    @Test
    void everyProcedureOfTheListHasItsDetailAndItsCanonicalTwin() {
        JsonNode list = Fixtures.json(Fixtures.file("npsp/native/LayDanhSachTTHC.json")).get("result");

        assertThat(mapper.codes(list))
                .hasSizeGreaterThan(5)
                .containsExactlyElementsOf(Fixtures.baseNames("npsp/native/LayThuTuc"))
                .containsExactlyElementsOf(Fixtures.baseNames("npsp/canonical/procedures"));
    }

    @Test
    void readsLenientlyAndLeavesWhatItCannotReadNull() throws Exception {
        JsonNode sparse = json.readTree("""
                {"MaTTHC": "1.000001", "KhongPhuThuocDiaGioi": 1, "ThoiHanGiaiQuyet": "theo quy định",
                 "DoiTuongThucHien": "9", "ThanhPhanHoSo": {"MaThanhPhan": "TP09", "MaGiayTo": "GIAY_LA", "BatBuoc": "0"}}
                """);

        Procedure procedure = mapper.toProcedure(sparse);

        assertThat(procedure.locationIndependent()).isTrue();
        assertThat(procedure.processingDays()).isNull();
        assertThat(procedure.applicantType()).isNull();
        assertThat(procedure.name()).isNull();
        assertThat(procedure.documents()).containsExactly(
                new Procedure.Document("TP09", null, null, false, null));
    }

    @Test
    void readsTheProcessingTimeInWorkingDays() {
        assertThat(ProcedureMapper.processingDays("20 ngày làm việc")).isEqualTo(20);
        assertThat(ProcedureMapper.processingDays(" 3 ngày")).isEqualTo(3);
        assertThat(ProcedureMapper.processingDays("ngay trong ngày")).isNull();
    }

    @Test
    void refusesAnAnswerThatIsNotAProcedure() {
        assertThatThrownBy(() -> mapper.toProcedure(json.createArrayNode())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mapper.codes(json.createObjectNode())).isInstanceOf(IllegalArgumentException.class);
    }
}
