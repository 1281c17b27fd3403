package vn.hanoi.gateway.mappings.documentaxis;

import java.util.Arrays;
import java.util.Optional;
import vn.hanoi.gateway.mappings.common.Text;

/** Why a dossier travels over the axis: {@code HoSoLienThong/MucDich}. */
public enum TransferPurpose {
    REQUEST_OPINION("1"),
    HAND_OVER("2"),
    RETURN_RESULT("3");

    private final String code;

    TransferPurpose(String code) {
        this.code = code;
    }

    /** {@code MucDich} on the wire. */
    public String code() {
        return code;
    }

    public static Optional<TransferPurpose> of(String mucDich) {
        String plain = Text.blankToNull(mucDich);
        return Arrays.stream(values()).filter(value -> value.code.equals(plain)).findFirst();
    }
}
