package vn.hanoi.gateway.mappings.land;

import static vn.hanoi.gateway.mappings.common.Text.blankToNull;

import java.util.List;
import java.util.stream.Stream;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CommuneResolution;
import vn.hanoi.gateway.mappings.land.Parcel.Certificate;
import vn.hanoi.gateway.mappings.land.Parcel.Encumbrance;
import vn.hanoi.gateway.mappings.land.Parcel.EncumbranceType;
import vn.hanoi.gateway.mappings.land.Parcel.Holder;
import vn.hanoi.gateway.mappings.land.Parcel.HolderType;
import vn.hanoi.gateway.mappings.land.Parcel.LandUse;
import vn.hanoi.gateway.mappings.land.wsdl.ThongTinThuaDat;

/**
 * {@code ThongTinThuaDat} (land register) → canonical {@link Parcel}. Pure and thread-safe.
 *
 * <p>{@code MaXa} is always a pre-2025 code: it becomes {@code legacyCommuneCode}, its district comes from
 * the admin units, and the current commune is derived as for an {@code Address}. A code the admin units do
 * not know keeps only {@code legacyCommuneCode}. Repeated elements that come entirely empty are skipped.
 */
public final class ParcelMapper {

    private final AdminUnits units;

    public ParcelMapper(AdminUnits units) {
        this.units = units;
    }

    public Parcel toParcel(ThongTinThuaDat native_) {
        String legacyCommune = blankToNull(native_.getMaXa());
        CommuneResolution commune = legacyCommune == null
                ? new CommuneResolution(null, null, List.of())
                : units.resolveLegacy(legacyCommune);
        String legacyDistrict = legacyCommune == null ? null : units.legacyDistrictOf(legacyCommune).orElse(null);
        return new Parcel(
                commune.communeCode(),
                commune.communeName(),
                commune.candidates(),
                legacyDistrict,
                legacyCommune,
                blankToNull(native_.getSoHieuBanDo()),
                blankToNull(native_.getSoThuTuThua()),
                LandRegisterValues.area(native_.getDienTich()),
                blankToNull(native_.getDiaChiChiTiet()),
                native_.getMucDichSuDung().stream()
                        .filter(use -> hasAny(use.getMaMucDich(), use.getTenMucDich(), use.getDienTich(),
                                use.getThoiHanSuDung()))
                        .map(ParcelMapper::landUse)
                        .toList(),
                native_.getChuSuDung().stream()
                        .filter(holder -> hasAny(holder.getHoTen(), holder.getLoaiDoiTuong(), holder.getSoGiayTo()))
                        .map(ParcelMapper::holder)
                        .toList(),
                certificate(native_.getGiayChungNhan()),
                native_.getTheChap().stream()
                        .filter(charge -> hasAny(charge.getBenNhanTheChap(), charge.getNgayDangKy(),
                                charge.getNgayXoaDangKy()))
                        .map(ParcelMapper::mortgage)
                        .toList());
    }

    private static LandUse landUse(ThongTinThuaDat.MucDichSuDung use) {
        return new LandUse(blankToNull(use.getMaMucDich()), blankToNull(use.getTenMucDich()),
                LandRegisterValues.area(use.getDienTich()), LandRegisterValues.term(use.getThoiHanSuDung()));
    }

    /** The id is an enterprise code for an organisation ({@code TC}), a personal id for anyone else. */
    private static Holder holder(ThongTinThuaDat.ChuSuDung holder) {
        HolderType type = LandRegisterValues.holderType(holder.getLoaiDoiTuong());
        String id = blankToNull(holder.getSoGiayTo());
        boolean organisation = type == HolderType.ORGANIZATION;
        return new Holder(blankToNull(holder.getHoTen()), organisation ? null : id, organisation ? id : null, type);
    }

    private static Certificate certificate(ThongTinThuaDat.GiayChungNhan certificate) {
        if (certificate == null || !hasAny(certificate.getSoPhatHanhGCN(), certificate.getSoVaoSoCapGCN(),
                certificate.getNgayCapGCN(), certificate.getCoQuanCap())) {
            return null;
        }
        return new Certificate(blankToNull(certificate.getSoPhatHanhGCN()),
                blankToNull(certificate.getSoVaoSoCapGCN()), LandRegisterValues.date(certificate.getNgayCapGCN()),
                blankToNull(certificate.getCoQuanCap()));
    }

    private static Encumbrance mortgage(ThongTinThuaDat.TheChap charge) {
        return new Encumbrance(EncumbranceType.MORTGAGE, blankToNull(charge.getBenNhanTheChap()),
                LandRegisterValues.date(charge.getNgayDangKy()), LandRegisterValues.date(charge.getNgayXoaDangKy()));
    }

    private static boolean hasAny(String... values) {
        return Stream.of(values).anyMatch(value -> blankToNull(value) != null);
    }
}
