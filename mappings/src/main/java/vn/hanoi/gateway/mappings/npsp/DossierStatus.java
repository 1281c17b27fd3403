package vn.hanoi.gateway.mappings.npsp;

import java.util.Arrays;
import java.util.Optional;

/** A dossier's status, with the portal's {@code TrangThaiHoSo} code ({@code API.md}, {@code DOMAIN.md}). */
public enum DossierStatus {
    RECEIVED("1"),
    ACCEPTED("2"),
    REJECTED("3"),
    PROCESSING("4"),
    SUPPLEMENT_REQUESTED("5"),
    FINANCIAL_OBLIGATION("6"),
    WITHDRAWN("7"),
    STOPPED("8"),
    PROCESSED("9"),
    RESULT_RETURNED("10");

    private final String portalCode;

    DossierStatus(String portalCode) {
        this.portalCode = portalCode;
    }

    public String portalCode() {
        return portalCode;
    }

    public static Optional<DossierStatus> fromPortal(String code) {
        String plain = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(status -> status.portalCode.equals(plain)).findFirst();
    }
}
