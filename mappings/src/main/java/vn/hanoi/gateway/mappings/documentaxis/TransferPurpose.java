package vn.hanoi.gateway.mappings.documentaxis;

import java.util.Arrays;
import java.util.Optional;

/** Why a dossier goes to another agency: {@code HoSoLienThong/MucDich} on the axis ({@code document-axis.md}). */
public enum TransferPurpose {
    REQUEST_OPINION("1"),
    HAND_OVER("2"),
    RETURN_RESULT("3");

    private final String mucDich;

    TransferPurpose(String mucDich) {
        this.mucDich = mucDich;
    }

    public String mucDich() {
        return mucDich;
    }

    public static Optional<TransferPurpose> fromMucDich(String code) {
        return Arrays.stream(values()).filter(purpose -> purpose.mucDich.equals(code)).findFirst();
    }
}
