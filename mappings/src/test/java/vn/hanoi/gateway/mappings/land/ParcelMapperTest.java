package vn.hanoi.gateway.mappings.land;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.land.Parcel.HolderType;
import vn.hanoi.gateway.mappings.land.wsdl.ThongTinThuaDat;
import vn.hanoi.gateway.mappings.land.wsdl.TraCuuThuaDatResponse;
import vn.hanoi.gateway.mappings.testing.Fixtures;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.mappings.testing.JsonFieldOrder;

class ParcelMapperTest {

    private final ParcelMapper mapper = new ParcelMapper(AdminUnits.hanoi());
    private final ObjectMapper json = CanonicalJson.newMapper();

    static Stream<Path> nativeFixtures() {
        return Fixtures.files("land/native").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFixtures")
    void mapsEveryNativeFixtureToExactlyItsCanonicalTwin(Path nativeFile) {
        JsonNode actual = json.valueToTree(mapper.toParcel(parcelIn(nativeFile)));

        assertThat(JsonFieldDiff.between(Fixtures.canonicalTwin("land", nativeFile), actual)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFixtures")
    void writesTheFieldsInTheOrderOfTheCanonicalFixtures(Path nativeFile) throws JsonProcessingException {
        JsonNode written = json.readTree(json.writeValueAsString(mapper.toParcel(parcelIn(nativeFile))));

        assertThat(JsonFieldOrder.paths(written))
                .isEqualTo(JsonFieldOrder.paths(Fixtures.canonicalTwin("land", nativeFile)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFixtures")
    void readsBackWhatItWrites(Path nativeFile) throws JsonProcessingException {
        Parcel parcel = mapper.toParcel(parcelIn(nativeFile));

        assertThat(json.readValue(json.writeValueAsString(parcel), Parcel.class)).isEqualTo(parcel);
    }

    @Test
    void everyNativeFixtureHasACanonicalTwin() {
        assertThat(Fixtures.baseNames("land/native")).hasSizeGreaterThan(10)
                .containsExactlyInAnyOrderElementsOf(Fixtures.baseNames("land/canonical"));
    }

    @Test
    void emptyAndAbsentElementsBecomeNullAndEmptyLists() {
        ThongTinThuaDat bare = new ThongTinThuaDat();
        bare.setMaXa(" ");
        bare.setSoHieuBanDo("");
        bare.setSoThuTuThua("12");
        bare.setDienTich("");
        bare.setGiayChungNhan(new ThongTinThuaDat.GiayChungNhan());

        Parcel parcel = mapper.toParcel(bare);

        assertThat(parcel).isEqualTo(new Parcel(null, null, List.of(), null, null, null, "12", null, null,
                List.of(), List.of(), null, List.of()));
        assertThat(json.valueToTree(parcel).get("communeCodeCandidates").isArray()).isTrue();
    }

    @Test
    void skipsRepeatedElementsThatComeEntirelyEmpty() {
        ThongTinThuaDat parcel = parcelWithCommune("00514");
        parcel.getMucDichSuDung().add(new ThongTinThuaDat.MucDichSuDung());
        parcel.getChuSuDung().add(new ThongTinThuaDat.ChuSuDung());
        parcel.getTheChap().add(mortgage("  ", null, ""));

        Parcel mapped = mapper.toParcel(parcel);

        assertThat(mapped.landUses()).isEmpty();
        assertThat(mapped.holders()).isEmpty();
        assertThat(mapped.encumbrances()).isEmpty();
    }

    @Test
    void unknownAndUnreadableValuesBecomeNullWithoutFailingTheAnswer() {
        ThongTinThuaDat parcel = parcelWithCommune("99999");
        parcel.setDienTich("khoảng 120 m2");
        parcel.getMucDichSuDung().add(landUse("XYZ", "120.5", "50 năm"));
        parcel.getChuSuDung().add(holder("Nguyễn Văn A", "CD", "001203012345"));
        ThongTinThuaDat.GiayChungNhan certificate = new ThongTinThuaDat.GiayChungNhan();
        certificate.setSoPhatHanhGCN("CS 123456");
        certificate.setNgayCapGCN("2021-04-15");
        parcel.setGiayChungNhan(certificate);

        Parcel mapped = mapper.toParcel(parcel);

        assertThat(mapped.legacyCommuneCode()).isEqualTo("99999");
        assertThat(mapped.legacyDistrictCode()).isNull();
        assertThat(mapped.communeCode()).isNull();
        assertThat(mapped.communeCodeCandidates()).isEmpty();
        assertThat(mapped.areaM2()).isNull();
        assertThat(mapped.landUses()).singleElement().satisfies(mappedUse -> {
            assertThat(mappedUse.code()).isEqualTo("XYZ");
            assertThat(mappedUse.areaM2()).isNull();
            assertThat(mappedUse.term()).isNull();
        });
        assertThat(mapped.holders()).containsExactly(
                new Parcel.Holder("Nguyễn Văn A", "001203012345", null, null));
        assertThat(mapped.certificate().serial()).isEqualTo("CS 123456");
        assertThat(mapped.certificate().issuedOn()).isNull();
    }

    @Test
    void readsThousandsDotsAnyCaseOfLongTermAndAMortgageStillInForce() {
        ThongTinThuaDat parcel = parcelWithCommune("10465");
        parcel.setDienTich("1.234,50");
        parcel.getMucDichSuDung().add(landUse("ONT", null, "LÂU DÀI"));
        parcel.getTheChap().add(mortgage("Ngân hàng TMCP Ngoại thương Việt Nam", "5/4/2021", ""));

        Parcel mapped = mapper.toParcel(parcel);

        assertThat(mapped.areaM2()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(mapped.landUses().get(0).term()).isEqualTo(UseTerm.LONG_TERM);
        assertThat(mapped.encumbrances()).containsExactly(new Parcel.Encumbrance(Parcel.EncumbranceType.MORTGAGE,
                "Ngân hàng TMCP Ngoại thương Việt Nam", LocalDate.of(2021, 4, 5), null));
    }

    @Test
    void anOrganisationsIdIsItsEnterpriseCodeAndAnyoneElsesAPersonalId() {
        ThongTinThuaDat parcel = parcelWithCommune("00617");
        parcel.getChuSuDung().add(holder("CÔNG TY TNHH THỰC PHẨM THĂNG LONG", "tc", "0191452318"));
        parcel.getChuSuDung().add(holder("Phạm Quang Nam", "HGD", "048203319294"));

        assertThat(mapper.toParcel(parcel).holders()).containsExactly(
                new Parcel.Holder("CÔNG TY TNHH THỰC PHẨM THĂNG LONG", null, "0191452318", HolderType.ORGANIZATION),
                new Parcel.Holder("Phạm Quang Nam", "048203319294", null, HolderType.HOUSEHOLD));
    }

    @Test
    void readsAnAnswerWithUnknownElementsAnotherPrefixAndEmptyOptionalElements(@TempDir Path dir) throws IOException {
        Path answer = dir.resolve("messy.xml");
        Files.writeString(answer, """
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/">
                  <S:Body>
                    <TraCuuThuaDatResponse xmlns="urn:vn:gov:datdai:thuadat:v1">
                      <MaKetQua>00</MaKetQua>
                      <MoTa/>
                      <ThongTinThuaDat>
                        <MaXa>00514</MaXa>
                        <SoHieuBanDo>14</SoHieuBanDo>
                        <SoThuTuThua>85</SoThuTuThua>
                        <DienTich></DienTich>
                        <LoaiDat>ODT</LoaiDat>
                        <DiaChiChiTiet/>
                        <ChuSuDung>
                          <HoTen>CÔNG TY TNHH XÂY DỰNG SÔNG ĐÀ</HoTen>
                          <LoaiDoiTuong>TC</LoaiDoiTuong>
                          <SoGiayTo/>
                          <QuocTich>VN</QuocTich>
                        </ChuSuDung>
                      </ThongTinThuaDat>
                    </TraCuuThuaDatResponse>
                  </S:Body>
                </S:Envelope>
                """);

        Parcel parcel = mapper.toParcel(parcelIn(answer));

        assertThat(parcel.communeCode()).isEqualTo("00493");
        assertThat(parcel.areaM2()).isNull();
        assertThat(parcel.address()).isNull();
        assertThat(parcel.holders()).containsExactly(
                new Parcel.Holder("CÔNG TY TNHH XÂY DỰNG SÔNG ĐÀ", null, null, HolderType.ORGANIZATION));
        assertThat(parcel.certificate()).isNull();
    }

    private static ThongTinThuaDat parcelIn(Path nativeFile) {
        return Fixtures.soapBody(nativeFile, TraCuuThuaDatResponse.class).getThongTinThuaDat();
    }

    private static ThongTinThuaDat parcelWithCommune(String legacyCommuneCode) {
        ThongTinThuaDat parcel = new ThongTinThuaDat();
        parcel.setMaXa(legacyCommuneCode);
        parcel.setSoHieuBanDo("1");
        parcel.setSoThuTuThua("1");
        return parcel;
    }

    private static ThongTinThuaDat.MucDichSuDung landUse(String code, String area, String term) {
        ThongTinThuaDat.MucDichSuDung use = new ThongTinThuaDat.MucDichSuDung();
        use.setMaMucDich(code);
        use.setDienTich(area);
        use.setThoiHanSuDung(term);
        return use;
    }

    private static ThongTinThuaDat.TheChap mortgage(String holder, String registeredOn, String releasedOn) {
        ThongTinThuaDat.TheChap mortgage = new ThongTinThuaDat.TheChap();
        mortgage.setBenNhanTheChap(holder);
        mortgage.setNgayDangKy(registeredOn);
        mortgage.setNgayXoaDangKy(releasedOn);
        return mortgage;
    }

    private static ThongTinThuaDat.ChuSuDung holder(String name, String type, String id) {
        ThongTinThuaDat.ChuSuDung holder = new ThongTinThuaDat.ChuSuDung();
        holder.setHoTen(name);
        holder.setLoaiDoiTuong(type);
        holder.setSoGiayTo(id);
        return holder;
    }
}
