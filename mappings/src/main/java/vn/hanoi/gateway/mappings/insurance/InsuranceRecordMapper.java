package vn.hanoi.gateway.mappings.insurance;

import static vn.hanoi.gateway.mappings.common.LenientJson.code;
import static vn.hanoi.gateway.mappings.common.LenientJson.day;
import static vn.hanoi.gateway.mappings.common.LenientJson.decimal;
import static vn.hanoi.gateway.mappings.common.LenientJson.integer;
import static vn.hanoi.gateway.mappings.common.LenientJson.month;
import static vn.hanoi.gateway.mappings.common.LenientJson.object;
import static vn.hanoi.gateway.mappings.common.LenientJson.objects;
import static vn.hanoi.gateway.mappings.common.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.hanoi.gateway.mappings.common.CodeName;
import vn.hanoi.gateway.mappings.common.LenientJson;
import vn.hanoi.gateway.mappings.common.VietnameseDates;

/**
 * The {@code duLieu} of the insurance register's answer (when {@link InsuranceResultCode#SUCCESS}) →
 * canonical {@link InsuranceRecord}. Pure and thread-safe; reads leniently (see {@link LenientJson}).
 */
public final class InsuranceRecordMapper {

    private static final int INSURANCE_CODE_DIGITS = 10;
    private static final int PERSONAL_ID_DIGITS = 12;

    /** @throws IllegalArgumentException when {@code duLieu} is not a JSON object */
    public InsuranceRecord toInsuranceRecord(JsonNode duLieu) {
        LenientJson.requireObject(duLieu, "duLieu");
        String birth = text(duLieu, "ngaySinh");
        LocalDate dateOfBirth = VietnameseDates.day(birth).orElse(null);
        return new InsuranceRecord(
                code(duLieu, "maSoBhxh", INSURANCE_CODE_DIGITS),
                code(duLieu, "soDinhDanh", PERSONAL_ID_DIGITS),
                text(duLieu, "hoTen"),
                dateOfBirth,
                dateOfBirth != null ? Integer.valueOf(dateOfBirth.getYear()) : birthYear(birth),
                InsuranceCodeLists.gender(text(duLieu, "gioiTinh")),
                InsuranceCodeLists.status(text(duLieu, "trangThaiThamGia")),
                participation(duLieu),
                integer(duLieu, "tongSoThangDong"),
                healthInsuranceCard(object(duLieu, "theBhyt")));
    }

    /** Only the year ({@code 1985}), or a month ({@code 03/1985}), is known. */
    private static Integer birthYear(String birth) {
        return VietnameseDates.year(birth)
                .or(() -> VietnameseDates.month(birth).map(YearMonth::getYear))
                .orElse(null);
    }

    private static List<InsuranceRecord.Participation> participation(JsonNode duLieu) {
        return objects(duLieu, "quaTrinhThamGia").stream()
                .map(period -> new InsuranceRecord.Participation(
                        month(period, "tuThang"),
                        month(period, "denThang"),
                        text(period, "tenDonVi"),
                        text(period, "maDonVi"),
                        InsuranceCodeLists.scheme(text(period, "loaiHinh")),
                        decimal(period, "mucLuong")))
                .toList();
    }

    private static InsuranceRecord.HealthInsuranceCard healthInsuranceCard(JsonNode card) {
        if (card == null) {
            return null;
        }
        return new InsuranceRecord.HealthInsuranceCard(
                text(card, "maThe"),
                day(card, "giaTriTu"),
                day(card, "giaTriDen"),
                CodeName.ofNullable(text(card, "maNoiKcb"), text(card, "tenNoiKcb")));
    }
}
