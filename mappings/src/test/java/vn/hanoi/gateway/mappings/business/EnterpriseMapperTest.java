package vn.hanoi.gateway.mappings.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.mappings.business.Enterprise.LegalStatus.Code;
import vn.hanoi.gateway.mappings.common.AddressTranslator;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.common.Nationalities;
import vn.hanoi.gateway.mappings.testing.Fixtures;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.mappings.testing.JsonFieldOrder;

class EnterpriseMapperTest {

    private static final String BRANCH = "0111691112-001";
    private static final String WITH_LEGACY_ADDRESS = "0110386356";

    private final EnterpriseMapper mapper = new EnterpriseMapper(new AddressTranslator(AdminUnits.hanoi()));
    private final ObjectMapper json = CanonicalJson.newMapper();

    static Stream<Path> nativeFixtures() {
        return Fixtures.files("business/native").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFixtures")
    void mapsEveryNativeFixtureToExactlyItsCanonicalTwin(Path nativeFile) {
        JsonNode actual = json.valueToTree(mapper.toEnterprise(Fixtures.json(nativeFile)));
        JsonNode expected = Fixtures.canonicalTwin("business", nativeFile);

        assertThat(JsonFieldDiff.between(expected, actual)).isEmpty();
        assertThat(JsonFieldOrder.paths(actual)).isEqualTo(JsonFieldOrder.paths(expected));
    }

    @Test
    void everyNativeFixtureHasACanonicalTwin() {
        assertThat(Fixtures.baseNames("business/native")).hasSizeGreaterThan(10)
                .containsExactlyInAnyOrderElementsOf(Fixtures.baseNames("business/canonical"));
    }

    @Test
    void aBranchSentWithoutItsDashIsWrittenWithItAndNamesItsParent() {
        ObjectNode record = nativeRecord(BRANCH).put("MaSoDoanhNghiep", "0111691112001");

        Enterprise branch = mapper.toEnterprise(record);

        assertThat(branch.enterpriseCode()).isEqualTo(BRANCH);
        assertThat(branch.parentEnterpriseCode()).isEqualTo("0111691112");
    }

    @Test
    void emptyStringsBecomeNull() {
        ObjectNode record = nativeRecord(WITH_LEGACY_ADDRESS)
                .put("TenNuocNgoai", "").put("TenVietTat", "   ").put("NgayDangKyThayDoi", "")
                .put("SoLanDangKyThayDoi", "");
        ObjectNode status = (ObjectNode) record.get("TinhTrangPhapLy").get(0);
        status.put("LyDoTamNgung", "").put("NgayBatDauTamNgung", "");
        address(record).put("MaQuanHuyen", "").put("MaPhuongXa", "").put("SoNha", "");

        Enterprise enterprise = mapper.toEnterprise(record);

        assertThat(enterprise.foreignName()).isNull();
        assertThat(enterprise.shortName()).isNull();
        assertThat(enterprise.lastChangedOn()).isNull();
        assertThat(enterprise.changeCount()).isNull();
        assertThat(enterprise.legalStatus().reason()).isNull();
        assertThat(enterprise.legalStatus().suspendedFrom()).isNull();
        assertThat(enterprise.headOffice().communeCode()).isNull();
        assertThat(enterprise.headOffice().legacyDistrictCode()).isNull();
        assertThat(enterprise.headOffice().detail()).isNull();
        assertThat(enterprise.headOffice().provinceCode()).isEqualTo("01");
    }

    @Test
    void numbersMayComeAsStringsAndCodesAsNumbers() {
        ObjectNode record = nativeRecord(WITH_LEGACY_ADDRESS).put("SoLanDangKyThayDoi", "12");
        ((ObjectNode) record.get("TinhTrangPhapLy").get(0)).put("MaTinhTrangPhapLy", 2);
        ((ObjectNode) record.get("NganhNgheKinhDoanh").get(1)).put("LaNganhChinh", 1);
        address(record).put("MaTinhThanh", 1).put("MaQuanHuyen", 275).put("MaPhuongXa", 9916);

        Enterprise enterprise = mapper.toEnterprise(record);

        assertThat(enterprise.changeCount()).isEqualTo(12);
        assertThat(enterprise.legalStatus().code()).isEqualTo(Code.SUSPENDED);
        assertThat(enterprise.businessLines().get(1).main()).isTrue();
        assertThat(enterprise.headOffice().provinceCode()).isEqualTo("01");
        assertThat(enterprise.headOffice().legacyDistrictCode()).isEqualTo("275");
        assertThat(enterprise.headOffice().legacyCommuneCode()).isEqualTo("09916");
        assertThat(enterprise.headOffice().communeCode()).isEqualTo("09895");
    }

    @Test
    void missingOptionalPartsGiveNullsAndEmptyLists() {
        ObjectNode record = json.createObjectNode().put("MaSoDoanhNghiep", WITH_LEGACY_ADDRESS);
        record.putNull("TinhTrangPhapLy");
        record.put("DiaChiTruSo", "");

        JsonNode enterprise = json.valueToTree(mapper.toEnterprise(record));

        assertThat(enterprise.get("legalStatus").isNull()).isTrue();
        assertThat(enterprise.get("headOffice").isNull()).isTrue();
        assertThat(enterprise.get("legalForm").isNull()).isTrue();
        assertThat(enterprise.get("legalRepresentatives").isArray()).isTrue();
        assertThat(enterprise.get("legalRepresentatives")).isEmpty();
        assertThat(enterprise.get("businessLines")).isEmpty();
    }

    @Test
    void unknownExtraFieldsAreIgnored() {
        ObjectNode record = nativeRecord(WITH_LEGACY_ADDRESS);
        record.put("TruongMoi", "giá trị mới").putObject("KhoiMoi").put("A", 1);
        address(record).put("MaThonXom", "T01");
        ((ObjectNode) record.get("NganhNgheKinhDoanh").get(0)).put("GhiChu", "x");

        JsonNode actual = json.valueToTree(mapper.toEnterprise(record));

        assertThat(JsonFieldDiff.between(canonical(WITH_LEGACY_ADDRESS), actual)).isEmpty();
    }

    @Test
    void aLoneObjectIsReadAsAListOfOne() {
        ObjectNode record = nativeRecord(WITH_LEGACY_ADDRESS);
        record.set("DiaChiTruSo", record.get("DiaChiTruSo").get(0));
        record.set("TinhTrangPhapLy", record.get("TinhTrangPhapLy").get(0));

        JsonNode actual = json.valueToTree(mapper.toEnterprise(record));

        assertThat(JsonFieldDiff.between(canonical(WITH_LEGACY_ADDRESS), actual)).isEmpty();
    }

    @Test
    void anUnlistedLegalStatusKeepsItsNameWithoutACode() {
        ObjectNode record = nativeRecord(WITH_LEGACY_ADDRESS);
        ((ObjectNode) record.get("TinhTrangPhapLy").get(0))
                .put("MaTinhTrangPhapLy", "07").put("TinhTrangPhapLy", "Trạng thái mới");

        Enterprise.LegalStatus status = mapper.toEnterprise(record).legalStatus();

        assertThat(status.code()).isNull();
        assertThat(status.name()).isEqualTo("Trạng thái mới");
    }

    @Test
    void everyListedLegalStatusCodeHasItsMeaning() {
        assertThat(Stream.of("01", "02", "03", "04", "05").map(BusinessCodeLists::legalStatus))
                .containsExactly(Code.ACTIVE, Code.SUSPENDED, Code.DISSOLVED, Code.REVOKED, Code.DISSOLVING);
    }

    @Test
    void vietnamAsNationalityBecomesVnHoweverTypedAndOthersAreKept() {
        assertThat(Stream.of("Việt Nam", "VIỆT NAM", "Viet Nam", "Vietnam", "VN").map(Nationalities::canonical))
                .containsOnly("VN");
        assertThat(Nationalities.canonical("Nhật Bản")).isEqualTo("Nhật Bản");
    }

    @Test
    void unreadableDatesBecomeNullAndOneDigitDaysAndMonthsAreRead() {
        ObjectNode record = nativeRecord(WITH_LEGACY_ADDRESS)
                .put("NgayDangKyLanDau", "31/02/2010").put("NgayDangKyThayDoi", "7/7/2024");
        ((ObjectNode) record.get("TinhTrangPhapLy").get(0)).put("NgayBatDauTamNgung", "2024-07-07");

        Enterprise enterprise = mapper.toEnterprise(record);

        assertThat(enterprise.firstRegisteredOn()).isNull();
        assertThat(enterprise.lastChangedOn()).isEqualTo(LocalDate.of(2024, 7, 7));
        assertThat(enterprise.legalStatus().suspendedFrom()).isNull();
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> mapper.toEnterprise(json.createArrayNode()));
        assertThatIllegalArgumentException().isThrownBy(() -> mapper.toEnterprise(null));
    }

    private static ObjectNode nativeRecord(String code) {
        return (ObjectNode) Fixtures.json(Fixtures.file("business/native/" + code + ".json"));
    }

    private static JsonNode canonical(String code) {
        return Fixtures.json(Fixtures.file("business/canonical/" + code + ".json"));
    }

    private static ObjectNode address(ObjectNode record) {
        return (ObjectNode) record.get("DiaChiTruSo").get(0).get("DiaChi");
    }
}
