package vn.hanoi.gateway.mappings.population;

import static vn.hanoi.gateway.mappings.common.Text.blankToNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hanoi.gateway.mappings.common.Address;
import vn.hanoi.gateway.mappings.common.AddressTranslator;
import vn.hanoi.gateway.mappings.population.wsdl.CongDan;
import vn.hanoi.gateway.mappings.population.wsdl.DiaChi;
import vn.hanoi.gateway.mappings.population.wsdl.NguoiLienQuan;

/** {@code CongDan} (population register) → canonical {@link Citizen}. Pure and thread-safe. */
public final class CitizenMapper {

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final AddressTranslator addresses;

    public CitizenMapper(AddressTranslator addresses) {
        this.addresses = addresses;
    }

    public Citizen toCitizen(CongDan native_) {
        CongDan.HoVaTen name = native_.getHoVaTen();
        String family = name == null ? null : blankToNull(name.getHo());
        String middle = name == null ? null : blankToNull(name.getChuDem());
        String given = name == null ? null : blankToNull(name.getTen());
        LocalDate dateOfBirth = dateOfBirth(native_.getNgayThangNamSinh());
        return new Citizen(
                blankToNull(native_.getSoDinhDanh()),
                blankToNull(native_.getSoCMND()),
                joinName(family, middle, given),
                family,
                middle,
                given,
                PopulationCodeLists.gender(blankToNull(native_.getGioiTinh())),
                dateOfBirth,
                birthYear(native_.getNgayThangNamSinh(), dateOfBirth),
                blankToNull(native_.getQuocTich()),
                PopulationCodeLists.ethnicity(blankToNull(native_.getDanToc())),
                PopulationCodeLists.religion(blankToNull(native_.getTonGiao())),
                PopulationCodeLists.maritalStatus(blankToNull(native_.getTinhTrangHonNhan())),
                address(native_.getNoiDangKyKhaiSinh()),
                address(native_.getQueQuan()),
                address(native_.getThuongTru()),
                address(native_.getNoiOHienTai()),
                householdHead(native_.getChuHo()),
                relative(native_.getCha()),
                relative(native_.getMe()),
                relative(native_.getVoChong()));
    }

    private static String joinName(String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static LocalDate dateOfBirth(CongDan.NgayThangNamSinh birth) {
        String raw = birth == null ? null : blankToNull(birth.getNgayThangNam());
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw, BASIC_DATE);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static Integer birthYear(CongDan.NgayThangNamSinh birth, LocalDate dateOfBirth) {
        String year = birth == null ? null : blankToNull(birth.getNam());
        if (year != null && year.chars().allMatch(c -> c >= '0' && c <= '9') && year.length() == 4) {
            return Integer.valueOf(year);
        }
        return dateOfBirth == null ? null : dateOfBirth.getYear();
    }

    private Address address(DiaChi place) {
        if (place == null) {
            return null;
        }
        return addresses.translate(place.getQuocGia(), place.getMaTinhThanh(), place.getMaQuanHuyen(),
                place.getMaPhuongXa(), place.getChiTiet());
    }

    private static Citizen.Relative relative(NguoiLienQuan person) {
        return person == null ? null
                : new Citizen.Relative(blankToNull(person.getHoVaTen()), blankToNull(person.getSoDinhDanh()));
    }

    private static Citizen.HouseholdHead householdHead(CongDan.ChuHo head) {
        return head == null ? null
                : new Citizen.HouseholdHead(blankToNull(head.getSoDinhDanh()), blankToNull(head.getHoVaTen()),
                        blankToNull(head.getQuanHe()));
    }
}
