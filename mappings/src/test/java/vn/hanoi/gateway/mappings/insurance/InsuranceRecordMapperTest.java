package vn.hanoi.gateway.mappings.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord.Gender;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord.Participation;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord.Scheme;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord.Status;
import vn.hanoi.gateway.mappings.testing.Fixtures;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.mappings.testing.JsonFieldOrder;

class InsuranceRecordMapperTest {

    private static final String CONTRIBUTING = "2958985043";

    private final InsuranceRecordMapper mapper = new InsuranceRecordMapper();
    private final ObjectMapper json = CanonicalJson.newMapper();

    static Stream<Path> nativeFixtures() {
        return Fixtures.files("insurance/native").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFixtures")
    void mapsEveryNativeFixtureToExactlyItsCanonicalTwin(Path nativeFile) {
        JsonNode body = Fixtures.json(nativeFile);

        JsonNode actual = json.valueToTree(mapper.toInsuranceRecord(body.get("duLieu")));
        JsonNode expected = Fixtures.canonicalTwin("insurance", nativeFile);

        assertThat(InsuranceResultCode.ofBody(body)).isEqualTo(InsuranceResultCode.SUCCESS);
        assertThat(JsonFieldDiff.between(expected, actual)).isEmpty();
        assertThat(JsonFieldOrder.paths(actual)).isEqualTo(JsonFieldOrder.paths(expected));
    }

    @Test
    void everyNativeFixtureHasACanonicalTwin() {
        assertThat(Fixtures.baseNames("insurance/native")).hasSizeGreaterThan(10)
                .containsExactlyInAnyOrderElementsOf(Fixtures.baseNames("insurance/canonical"));
    }

    @Test
    void aVoluntaryOngoingPeriodHasNoEmployerCodeAndNoEnd() {
        ObjectNode duLieu = duLieu(CONTRIBUTING);
        period(duLieu).put("loaiHinh", "TN").put("maDonVi", "").put("denThang", "").put("tenDonVi", "Tự nguyện");

        Participation period = mapper.toInsuranceRecord(duLieu).participation().get(0);

        assertThat(period.scheme()).isEqualTo(Scheme.VOLUNTARY);
        assertThat(period.employerCode()).isNull();
        assertThat(period.to()).isNull();
        assertThat(period.from()).isEqualTo(YearMonth.of(2019, 6));
    }

    @Test
    void emptyStringsBecomeNull() {
        ObjectNode duLieu = duLieu(CONTRIBUTING)
                .put("ngaySinh", "").put("soDinhDanh", " ").put("tongSoThangDong", "").put("trangThaiThamGia", "")
                .put("gioiTinh", "").put("theBhyt", "");
        period(duLieu).put("mucLuong", "").put("loaiHinh", "");

        InsuranceRecord record = mapper.toInsuranceRecord(duLieu);

        assertThat(record.dateOfBirth()).isNull();
        assertThat(record.birthYear()).isNull();
        assertThat(record.personalId()).isNull();
        assertThat(record.totalContributionMonths()).isNull();
        assertThat(record.status()).isNull();
        assertThat(record.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(record.healthInsuranceCard()).isNull();
        assertThat(record.participation().get(0).salaryBase()).isNull();
        assertThat(record.participation().get(0).scheme()).isNull();
    }

    @Test
    void numbersMayComeAsNumbersOrInEitherWrittenForm() {
        ObjectNode duLieu = duLieu(CONTRIBUTING)
                .put("tongSoThangDong", 90).put("trangThaiThamGia", 3).put("maSoBhxh", 123456789L)
                .put("soDinhDanh", 1200631495L);
        ArrayNode periods = (ArrayNode) duLieu.get("quaTrinhThamGia");
        periods.addObject().put("tuThang", "01/2010").put("mucLuong", "9000000");
        periods.addObject().put("tuThang", "01/2011").put("mucLuong", "9.000.000,5");
        periods.addObject().put("tuThang", "01/2012").put("mucLuong", 4960000);

        InsuranceRecord record = mapper.toInsuranceRecord(duLieu);

        assertThat(record.totalContributionMonths()).isEqualTo(90);
        assertThat(record.status()).isEqualTo(Status.RETIRED);
        assertThat(record.insuranceCode()).isEqualTo("0123456789");
        assertThat(record.personalId()).isEqualTo("001200631495");
        assertThat(record.participation()).extracting(Participation::salaryBase).containsExactly(
                new BigDecimal("18000000"), new BigDecimal("9000000"), new BigDecimal("9000000.5"),
                new BigDecimal("4960000"));
    }

    @Test
    void aBirthYearAloneGivesNoDateOfBirth() {
        ObjectNode duLieu = duLieu(CONTRIBUTING).put("ngaySinh", 1985);

        InsuranceRecord record = mapper.toInsuranceRecord(duLieu);

        assertThat(record.dateOfBirth()).isNull();
        assertThat(record.birthYear()).isEqualTo(1985);
    }

    @Test
    void missingOptionalPartsGiveNullsAndEmptyLists() {
        ObjectNode duLieu = json.createObjectNode().put("maSoBhxh", CONTRIBUTING);
        duLieu.putNull("theBhyt");

        JsonNode record = json.valueToTree(mapper.toInsuranceRecord(duLieu));

        assertThat(record.get("healthInsuranceCard").isNull()).isTrue();
        assertThat(record.get("participation").isArray()).isTrue();
        assertThat(record.get("participation")).isEmpty();
        assertThat(record.get("gender").asText()).isEqualTo("UNKNOWN");
        assertThat(record.get("status").isNull()).isTrue();
    }

    @Test
    void unknownExtraFieldsAreIgnored() {
        ObjectNode duLieu = duLieu(CONTRIBUTING).put("diaChi", "không dùng");
        duLieu.putObject("thongTinMoi").put("a", 1);
        period(duLieu).put("chucVu", "x");
        ((ObjectNode) duLieu.get("theBhyt")).put("mucHuong", "80%");

        JsonNode actual = json.valueToTree(mapper.toInsuranceRecord(duLieu));

        assertThat(JsonFieldDiff.between(canonical(CONTRIBUTING), actual)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Nam, MALE", "NAM, MALE", "Nữ, FEMALE", "nu, FEMALE", "NỮ, FEMALE", "Khác, UNKNOWN"})
    void genderIsReadHoweverItIsTyped(String gioiTinh, Gender gender) {
        assertThat(InsuranceCodeLists.gender(gioiTinh)).isEqualTo(gender);
    }

    @Test
    void anUnlistedStatusOrSchemeGivesNull() {
        assertThat(InsuranceCodeLists.status("4")).isNull();
        assertThat(InsuranceCodeLists.status("01")).isEqualTo(Status.CONTRIBUTING);
        assertThat(InsuranceCodeLists.scheme("XX")).isNull();
        assertThat(InsuranceCodeLists.scheme("bb")).isEqualTo(Scheme.COMPULSORY);
    }

    @Test
    void aDuLieuThatIsNotAnObjectIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> mapper.toInsuranceRecord(null));
        assertThatIllegalArgumentException().isThrownBy(() -> mapper.toInsuranceRecord(json.nullNode()));
    }

    private static ObjectNode duLieu(String insuranceCode) {
        return (ObjectNode) Fixtures.json(Fixtures.file("insurance/native/" + insuranceCode + ".json")).get("duLieu");
    }

    private static JsonNode canonical(String insuranceCode) {
        return Fixtures.json(Fixtures.file("insurance/canonical/" + insuranceCode + ".json"));
    }

    private static ObjectNode period(ObjectNode duLieu) {
        return (ObjectNode) duLieu.get("quaTrinhThamGia").get(0);
    }
}
