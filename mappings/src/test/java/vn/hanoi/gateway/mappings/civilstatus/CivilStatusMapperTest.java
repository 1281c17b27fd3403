package vn.hanoi.gateway.mappings.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Gender;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Marriage;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.MarriageStatus;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Registrar;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.testing.Fixtures;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.mappings.testing.JsonFieldOrder;

class CivilStatusMapperTest {

    /** Born 1966, one marriage (registered 1997 in a pre-2025 commune), alive. */
    private static final String MARRIED_ONCE = "001066246367";
    /** Two marriages, sent newest first (one registered after the reform). */
    private static final String MARRIED_TWICE = "079050381155";
    /** Born abroad: the birth was registered by an embassy. */
    private static final String BORN_ABROAD = "001166916726";
    /** No electronic birth record, a marriage and a death. */
    private static final String DEAD_WITHOUT_BIRTH_RECORD = "001080724160";

    private final CivilStatusMapper mapper = new CivilStatusMapper(AdminUnits.hanoi());
    private final ObjectMapper json = CanonicalJson.newMapper();

    static Stream<Path> nativeFixtures() {
        return Fixtures.files("civil-status/native").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFixtures")
    void mapsEveryNativeFixtureToExactlyItsCanonicalTwin(Path nativeFile) {
        String personalId = Fixtures.baseName(nativeFile);
        JsonNode duLieu = Fixtures.json(nativeFile).get("duLieu");

        JsonNode actual = json.valueToTree(mapper.toCivilStatusRecord(personalId, duLieu));
        JsonNode expected = Fixtures.canonicalTwin("civil-status", nativeFile);

        assertThat(JsonFieldDiff.between(expected, actual)).isEmpty();
        assertThat(JsonFieldOrder.paths(actual)).isEqualTo(JsonFieldOrder.paths(expected));
    }

    @Test
    void everyNativeFixtureHasACanonicalTwin() {
        assertThat(Fixtures.baseNames("civil-status/native")).hasSizeGreaterThan(20)
                .containsExactlyInAnyOrderElementsOf(Fixtures.baseNames("civil-status/canonical"));
    }

    @Test
    void namesAreCollapsedTrimmedAndTitleCasedHoweverSent() {
        ObjectNode duLieu = duLieu(MARRIED_ONCE);
        birth(duLieu).put("hoTen", "  trần   THÀNH\thùng ");
        ((ObjectNode) birth(duLieu).get("cha")).put("hoTen", "lê minh khải");

        CivilStatusRecord record = mapper.toCivilStatusRecord(MARRIED_ONCE, duLieu);

        assertThat(record.birth().fullName()).isEqualTo("Trần Thành Hùng");
        assertThat(record.birth().father().fullName()).isEqualTo("Lê Minh Khải");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Nam|MALE", "NAM|MALE", "nam|MALE", "' nAm '|MALE",
        "Nữ|FEMALE", "NỮ|FEMALE", "nữ|FEMALE", "nu\u031b\u0303|FEMALE",
        "Khác|UNKNOWN", "1|UNKNOWN", "''|UNKNOWN", "M|UNKNOWN", "Nu|UNKNOWN"})
    void genderInAnyCaseAndEitherUnicodeFormAnythingElseUnknown(String sent, Gender expected) {
        ObjectNode duLieu = duLieu(MARRIED_ONCE);
        birth(duLieu).put("gioiTinh", sent);

        assertThat(mapper.toCivilStatusRecord(MARRIED_ONCE, duLieu).birth().gender()).isEqualTo(expected);
    }

    @Test
    void numbersMayComeAsStringsAndIdsAsNumbers() {
        ObjectNode duLieu = duLieu(MARRIED_ONCE);
        ObjectNode father = (ObjectNode) birth(duLieu).get("cha");
        father.put("namSinh", "1935").put("soDinhDanh", 79035862584L);
        birth(duLieu).put("soDangKy", 16);
        ObjectNode marriage = (ObjectNode) duLieu.get("ketHon").get(0);
        marriage.put("tinhTrang", 3);
        ((ObjectNode) marriage.get("noiDangKy")).put("maDonVi", 10366);

        JsonNode actual = json.valueToTree(mapper.toCivilStatusRecord(MARRIED_ONCE, duLieu));

        assertThat(JsonFieldDiff.between(canonical(MARRIED_ONCE), actual)).isEmpty();
    }

    @Test
    void emptyStringsNullsAndAbsentFieldsAllBecomeNull() {
        ObjectNode duLieu = duLieu(MARRIED_ONCE);
        ObjectNode birth = birth(duLieu);
        birth.put("noiSinh", "").putNull("danToc").remove("quocTich");
        ((ObjectNode) birth.get("me")).put("soDinhDanh", "  ").putNull("namSinh");
        birth.put("cha", "");

        CivilStatusRecord.Birth mapped = mapper.toCivilStatusRecord(MARRIED_ONCE, duLieu).birth();

        assertThat(mapped.placeOfBirth()).isNull();
        assertThat(mapped.ethnicity().name()).isNull();
        assertThat(mapped.ethnicity().code()).isEqualTo("07");
        assertThat(mapped.nationality()).isNull();
        assertThat(mapped.mother().personalId()).isNull();
        assertThat(mapped.mother().birthYear()).isNull();
        assertThat(mapped.mother().fullName()).isEqualTo("Hồ Thị Thu Thảo");
        assertThat(mapped.father()).isNull();
    }

    @Test
    void anAbsentOrNullListOfMarriagesIsEmptyAndAbsentRegistrationsAreNull() {
        ObjectNode withNulls = json.createObjectNode();
        withNulls.putNull("ketHon").putNull("khaiSinh").putNull("khaiTu");
        ObjectNode empty = json.createObjectNode();

        for (ObjectNode duLieu : new ObjectNode[] {withNulls, empty}) {
            JsonNode record = json.valueToTree(mapper.toCivilStatusRecord(MARRIED_ONCE, duLieu));

            assertThat(record.get("personalId").asText()).isEqualTo(MARRIED_ONCE);
            assertThat(record.get("birth").isNull()).isTrue();
            assertThat(record.get("marriages").isArray()).isTrue();
            assertThat(record.get("marriages")).isEmpty();
            assertThat(record.get("death").isNull()).isTrue();
        }
    }

    @Test
    void unknownFieldsAtAnyLevelAreIgnored() {
        ObjectNode duLieu = duLieu(MARRIED_TWICE);
        duLieu.put("phienBan", "2.1").putObject("khoiMoi").put("a", 1);
        birth(duLieu).put("ghiChu", "x");
        ((ObjectNode) birth(duLieu).get("noiDangKy")).put("maTinh", "01");
        ((ObjectNode) duLieu.get("ketHon").get(0)).putArray("lichSu").add(1);

        JsonNode actual = json.valueToTree(mapper.toCivilStatusRecord(MARRIED_TWICE, duLieu));

        assertThat(JsonFieldDiff.between(canonical(MARRIED_TWICE), actual)).isEmpty();
    }

    @Test
    void marriagesAreOldestFirstWhateverTheRegistersOrder() {
        ObjectNode duLieu = duLieu(MARRIED_TWICE);
        ArrayNode marriages = (ArrayNode) duLieu.get("ketHon");
        ArrayNode reversed = json.createArrayNode().add(marriages.get(1)).add(marriages.get(0));

        for (ArrayNode order : new ArrayNode[] {marriages, reversed}) {
            duLieu.set("ketHon", order);
            assertThat(mapper.toCivilStatusRecord(MARRIED_TWICE, duLieu).marriages())
                    .extracting(Marriage::registeredOn).isSorted().hasSize(2);
        }
    }

    @Test
    void theSpouseIsTheOtherPartyWhicheverSideThePersonIsOn() {
        ObjectNode duLieu = duLieu(MARRIED_ONCE);
        JsonNode marriage = duLieu.get("ketHon").get(0);
        String husband = marriage.get("chong").get("soDinhDanh").asText();
        String wife = marriage.get("vo").get("soDinhDanh").asText();

        assertThat(mapper.toCivilStatusRecord(husband, duLieu).marriages().get(0).spouse().personalId())
                .isEqualTo(wife);
        assertThat(mapper.toCivilStatusRecord(wife, duLieu).marriages().get(0).spouse().personalId())
                .isEqualTo(husband);
    }

    @Test
    void aMarriageThePersonAskedIsNoPartyToIsRefused() {
        ObjectNode duLieu = duLieu(MARRIED_ONCE);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> mapper.toCivilStatusRecord("001999999999", duLieu))
                .withMessageNotContaining("001999999999");
    }

    @Test
    void aLoneMarriageObjectIsReadAsAListOfOne() {
        ObjectNode duLieu = duLieu(MARRIED_ONCE);
        duLieu.set("ketHon", duLieu.get("ketHon").get(0));

        JsonNode actual = json.valueToTree(mapper.toCivilStatusRecord(MARRIED_ONCE, duLieu));

        assertThat(JsonFieldDiff.between(canonical(MARRIED_ONCE), actual)).isEmpty();
    }

    @Test
    void beforeTheReformTheCodeIsAPre2025CommuneMappedToItsOnlyCurrentOne() {
        Registrar registrar = registrarOf("10363", "30/06/2025");

        assertThat(registrar.code()).isEqualTo("10363");
        assertThat(registrar.currentCommuneCode()).isEqualTo(AdminUnits.hanoi().resolveLegacy("10363").communeCode())
                .isNotNull();
    }

    @Test
    void beforeTheReformACommuneSplitBetweenSeveralHasNoCurrentCommune() {
        String split = "00100";
        assertThat(AdminUnits.hanoi().resolveLegacy(split).candidates()).hasSizeGreaterThan(1);

        Registrar registrar = registrarOf(split, "18/01/1978");

        assertThat(registrar.code()).isEqualTo(split);
        assertThat(registrar.currentCommuneCode()).isNull();
    }

    @Test
    void fromTheReformTheCodeIsTheCurrentCommuneItself() {
        String current = "10369";
        assertThat(AdminUnits.hanoi().isCurrentCommune(current)).isTrue();

        assertThat(registrarOf(current, "01/07/2025").currentCommuneCode()).isEqualTo(current);
        assertThat(registrarOf("00100", "02/07/2025").currentCommuneCode()).isEqualTo("00100");
    }

    @Test
    void aRegistrationAbroadHasNoCodeAndNoCurrentCommune() {
        Registrar registrar = mapper.toCivilStatusRecord(BORN_ABROAD, duLieu(BORN_ABROAD)).birth().registrar();

        assertThat(registrar.code()).isNull();
        assertThat(registrar.currentCommuneCode()).isNull();
        assertThat(registrar.name()).startsWith("Đại sứ quán");
    }

    @Test
    void aRegistrationWithoutADateHasNoCurrentCommune() {
        assertThat(registrarOf("10363", "").currentCommuneCode()).isNull();
    }

    @Test
    void deathAndMarriageStatusesAreRead() {
        CivilStatusRecord record = mapper.toCivilStatusRecord(DEAD_WITHOUT_BIRTH_RECORD, duLieu(DEAD_WITHOUT_BIRTH_RECORD));

        assertThat(record.birth()).isNull();
        assertThat(record.death().dateOfDeath()).isEqualTo(LocalDate.of(2023, 5, 13));
        assertThat(record.marriages()).extracting(Marriage::status).containsExactly(MarriageStatus.ENDED_BY_DEATH);
    }

    @Test
    void everyListedMarriageStatusHasItsMeaningAndOthersNone() {
        assertThat(Stream.of("1", "2", "3", "01").map(CivilStatusCodeLists::marriageStatus))
                .containsExactly(MarriageStatus.IN_FORCE, MarriageStatus.DISSOLVED, MarriageStatus.ENDED_BY_DEATH,
                        MarriageStatus.IN_FORCE);
        assertThat(CivilStatusCodeLists.marriageStatus("4")).isNull();
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> mapper.toCivilStatusRecord(MARRIED_ONCE, json.createArrayNode()));
        assertThatIllegalArgumentException().isThrownBy(() -> mapper.toCivilStatusRecord(MARRIED_ONCE, null));
    }

    private Registrar registrarOf(String code, String registeredOn) {
        ObjectNode duLieu = duLieu(MARRIED_ONCE);
        birth(duLieu).put("ngayDangKy", registeredOn);
        ((ObjectNode) birth(duLieu).get("noiDangKy")).put("maDonVi", code);
        return mapper.toCivilStatusRecord(MARRIED_ONCE, duLieu).birth().registrar();
    }

    private static ObjectNode duLieu(String personalId) {
        return (ObjectNode) Fixtures.json(Fixtures.file("civil-status/native/" + personalId + ".json")).get("duLieu");
    }

    private static ObjectNode birth(ObjectNode duLieu) {
        return (ObjectNode) duLieu.get("khaiSinh");
    }

    private static JsonNode canonical(String personalId) {
        return Fixtures.json(Fixtures.file("civil-status/canonical/" + personalId + ".json"));
    }
}
