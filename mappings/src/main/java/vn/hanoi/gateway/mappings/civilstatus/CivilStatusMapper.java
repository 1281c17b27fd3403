package vn.hanoi.gateway.mappings.civilstatus;

import static vn.hanoi.gateway.mappings.common.LenientJson.code;
import static vn.hanoi.gateway.mappings.common.LenientJson.day;
import static vn.hanoi.gateway.mappings.common.LenientJson.integer;
import static vn.hanoi.gateway.mappings.common.LenientJson.object;
import static vn.hanoi.gateway.mappings.common.LenientJson.objects;
import static vn.hanoi.gateway.mappings.common.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Birth;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Death;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Marriage;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Parent;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Registrar;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Spouse;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CodeName;
import vn.hanoi.gateway.mappings.common.LenientJson;
import vn.hanoi.gateway.mappings.common.Nationalities;

/**
 * The {@code duLieu} of the civil-status register's answer (when {@code trangThai "00"}) → canonical
 * {@link CivilStatusRecord}. The register does not repeat whom it answers about, so the mapper is given the
 * personal id asked. Pure and thread-safe; reads leniently (see {@link LenientJson}).
 */
public final class CivilStatusMapper {

    /** From this day a registration names its commune by its current code; before it, by the pre-2025 one. */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static final int PERSONAL_ID_DIGITS = 12;
    private static final int COMMUNE_DIGITS = 5;
    private static final Comparator<Marriage> OLDEST_FIRST =
            Comparator.comparing(Marriage::registeredOn, Comparator.nullsLast(Comparator.naturalOrder()));

    private final AdminUnits units;

    public CivilStatusMapper(AdminUnits units) {
        this.units = units;
    }

    /**
     * @param personalId the 12-digit personal id the register was asked about
     * @throws IllegalArgumentException when {@code duLieu} is not a JSON object, or it holds a marriage to which
     *                                  the person asked is no party (an answer about someone else)
     */
    public CivilStatusRecord toCivilStatusRecord(String personalId, JsonNode duLieu) {
        LenientJson.requireObject(duLieu, "duLieu");
        List<Marriage> marriages = objects(duLieu, "ketHon").stream()
                .map(marriage -> marriage(personalId, marriage))
                .sorted(OLDEST_FIRST)
                .toList();
        return new CivilStatusRecord(personalId, birth(object(duLieu, "khaiSinh")), marriages,
                death(object(duLieu, "khaiTu")));
    }

    private Birth birth(JsonNode birth) {
        if (birth == null) {
            return null;
        }
        LocalDate registeredOn = day(birth, "ngayDangKy");
        return new Birth(
                text(birth, "soDangKy"),
                text(birth, "quyenSo"),
                registeredOn,
                registrar(object(birth, "noiDangKy"), registeredOn),
                PersonNames.canonical(text(birth, "hoTen")),
                CivilStatusCodeLists.gender(text(birth, "gioiTinh")),
                day(birth, "ngaySinh"),
                text(birth, "noiSinh"),
                CodeName.ofNullable(text(birth, "maDanToc"), text(birth, "danToc")),
                Nationalities.canonical(text(birth, "quocTich")),
                parent(object(birth, "cha")),
                parent(object(birth, "me")));
    }

    private static Parent parent(JsonNode parent) {
        if (parent == null) {
            return null;
        }
        return new Parent(PersonNames.canonical(text(parent, "hoTen")), code(parent, "soDinhDanh", PERSONAL_ID_DIGITS),
                integer(parent, "namSinh"));
    }

    private Marriage marriage(String personalId, JsonNode marriage) {
        LocalDate registeredOn = day(marriage, "ngayDangKy");
        return new Marriage(
                text(marriage, "soDangKy"),
                text(marriage, "quyenSo"),
                registeredOn,
                registrar(object(marriage, "noiDangKy"), registeredOn),
                spouse(otherParty(personalId, object(marriage, "chong"), object(marriage, "vo"))),
                CivilStatusCodeLists.marriageStatus(text(marriage, "tinhTrang")),
                day(marriage, "ngayChamDut"));
    }

    /** The party who is not the person asked; the register always names the person asked on their marriages. */
    private static JsonNode otherParty(String personalId, JsonNode husband, JsonNode wife) {
        boolean isHusband = personalId.equals(partyId(husband));
        boolean isWife = personalId.equals(partyId(wife));
        if (isHusband == isWife) {
            throw new IllegalArgumentException("a marriage does not name the person asked as exactly one party");
        }
        return isHusband ? wife : husband;
    }

    private static String partyId(JsonNode party) {
        return party == null ? null : code(party, "soDinhDanh", PERSONAL_ID_DIGITS);
    }

    private static Spouse spouse(JsonNode party) {
        if (party == null) {
            return null;
        }
        return new Spouse(PersonNames.canonical(text(party, "hoTen")), partyId(party), day(party, "ngaySinh"));
    }

    private Death death(JsonNode death) {
        if (death == null) {
            return null;
        }
        LocalDate registeredOn = day(death, "ngayDangKy");
        return new Death(
                text(death, "soDangKy"),
                text(death, "quyenSo"),
                registeredOn,
                registrar(object(death, "noiDangKy"), registeredOn),
                day(death, "ngayChet"),
                text(death, "noiChet"));
    }

    /**
     * The registration date decides what {@code maDonVi} is: before {@link #REFORM} a pre-2025 commune, whose
     * current commune is the one it maps to (null when it was split between several, or is unknown); from
     * then on a current commune. No code: a registration abroad, by a mission. No date: the code cannot be
     * read, so the current commune is left null.
     */
    private Registrar registrar(JsonNode registrar, LocalDate registeredOn) {
        if (registrar == null) {
            return null;
        }
        String code = code(registrar, "maDonVi", COMMUNE_DIGITS);
        return new Registrar(code, text(registrar, "tenDonVi"), currentCommuneCode(code, registeredOn));
    }

    private String currentCommuneCode(String code, LocalDate registeredOn) {
        if (code == null || registeredOn == null) {
            return null;
        }
        return registeredOn.isBefore(REFORM) ? units.resolveLegacy(code).communeCode() : code;
    }
}
