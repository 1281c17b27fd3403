package vn.hanoi.gateway.mappings.npsp;

import java.util.Arrays;
import java.util.Optional;

/** Who applies: the portal's {@code LoaiDoiTuong} / {@code DoiTuongThucHien} ({@code 1} citizen, {@code 2} enterprise). */
public enum ApplicantType {
    CITIZEN("1"),
    ENTERPRISE("2");

    private final String portalCode;

    ApplicantType(String portalCode) {
        this.portalCode = portalCode;
    }

    public String portalCode() {
        return portalCode;
    }

    public static Optional<ApplicantType> fromPortal(String code) {
        String plain = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(type -> type.portalCode.equals(plain)).findFirst();
    }
}
