package vn.hanoi.gateway.mappings.business;

import static vn.hanoi.gateway.mappings.common.LenientJson.code;
import static vn.hanoi.gateway.mappings.common.LenientJson.day;
import static vn.hanoi.gateway.mappings.common.LenientJson.first;
import static vn.hanoi.gateway.mappings.common.LenientJson.flag;
import static vn.hanoi.gateway.mappings.common.LenientJson.integer;
import static vn.hanoi.gateway.mappings.common.LenientJson.object;
import static vn.hanoi.gateway.mappings.common.LenientJson.objects;
import static vn.hanoi.gateway.mappings.common.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import vn.hanoi.gateway.mappings.common.Address;
import vn.hanoi.gateway.mappings.common.AddressTranslator;
import vn.hanoi.gateway.mappings.common.CodeName;
import vn.hanoi.gateway.mappings.common.LenientJson;
import vn.hanoi.gateway.mappings.common.Nationalities;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;

/**
 * The business register's record (the HTTP 200 body of {@code GET /api/v1/doanh-nghiep/{msdn}}) →
 * canonical {@link Enterprise}. Pure and thread-safe; reads leniently (see {@link LenientJson}).
 */
public final class EnterpriseMapper {

    /** The register holds enterprises registered in Viet Nam; it sends no country with the head office. */
    private static final String HEAD_OFFICE_COUNTRY = "VN";

    private static final int HEAD_LENGTH = 10;
    private static final int PROVINCE_DIGITS = 2;
    private static final int DISTRICT_DIGITS = 3;
    private static final int COMMUNE_DIGITS = 5;

    private final AddressTranslator addresses;

    public EnterpriseMapper(AddressTranslator addresses) {
        this.addresses = addresses;
    }

    /** @throws IllegalArgumentException when the body is not a JSON object */
    public Enterprise toEnterprise(JsonNode record) {
        LenientJson.requireObject(record, "the enterprise record");
        String enterpriseCode = enterpriseCode(text(record, "MaSoDoanhNghiep"));
        return new Enterprise(
                enterpriseCode,
                parentOf(enterpriseCode),
                text(record, "SoGCNDKKD"),
                text(record, "TenTiengViet"),
                text(record, "TenNuocNgoai"),
                text(record, "TenVietTat"),
                CodeName.ofNullable(text(record, "MaLoaiHinhDN"), text(record, "LoaiHinhDN")),
                day(record, "NgayDangKyLanDau"),
                day(record, "NgayDangKyThayDoi"),
                integer(record, "SoLanDangKyThayDoi"),
                legalStatus(first(record, "TinhTrangPhapLy")),
                legalRepresentatives(record),
                headOffice(first(record, "DiaChiTruSo")),
                businessLines(record));
    }

    /** A branch sent as 13 digits is written with its dash, as the contract keeps it. */
    private static String enterpriseCode(String sent) {
        return IdentifierRule.isAsciiDigits(sent, HEAD_LENGTH + 3) ? EnterpriseCode.normalise(sent) : sent;
    }

    private static String parentOf(String enterpriseCode) {
        boolean branch = enterpriseCode != null && enterpriseCode.length() > HEAD_LENGTH
                && enterpriseCode.charAt(HEAD_LENGTH) == '-';
        return branch ? enterpriseCode.substring(0, HEAD_LENGTH) : null;
    }

    private static Enterprise.LegalStatus legalStatus(JsonNode status) {
        if (status == null) {
            return null;
        }
        return new Enterprise.LegalStatus(
                BusinessCodeLists.legalStatus(text(status, "MaTinhTrangPhapLy")),
                text(status, "TinhTrangPhapLy"),
                day(status, "NgayBatDauTamNgung"),
                day(status, "NgayKetThucTamNgung"),
                text(status, "LyDoTamNgung"));
    }

    private static List<Enterprise.LegalRepresentative> legalRepresentatives(JsonNode record) {
        return objects(record, "DaiDienPhapLuat").stream()
                .map(representative -> object(representative, "ThongTinCaNhan"))
                .filter(Objects::nonNull)
                .map(person -> new Enterprise.LegalRepresentative(
                        text(person, "HoVaTen"),
                        text(person, "LoaiGiayToChungThuc"),
                        text(person, "SoGiayChungThuc"),
                        day(person, "NgayCap"),
                        text(person, "NoiCap"),
                        Nationalities.canonical(text(person, "QuocTich"))))
                .toList();
    }

    private Address headOffice(JsonNode headOffice) {
        JsonNode address = object(headOffice, "DiaChi");
        if (address == null) {
            return null;
        }
        return addresses.translate(HEAD_OFFICE_COUNTRY, code(address, "MaTinhThanh", PROVINCE_DIGITS),
                code(address, "MaQuanHuyen", DISTRICT_DIGITS), code(address, "MaPhuongXa", COMMUNE_DIGITS), text(address, "SoNha"));
    }

    private static List<Enterprise.BusinessLine> businessLines(JsonNode record) {
        return objects(record, "NganhNgheKinhDoanh").stream()
                .map(line -> new Enterprise.BusinessLine(
                        text(line, "MaNganh"), text(line, "TenNganh"), flag(line, "LaNganhChinh")))
                .toList();
    }
}
