package vn.hanoi.gateway.mappings.land;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import vn.hanoi.gateway.mappings.common.Text;
import vn.hanoi.gateway.mappings.common.VietnameseDates;
import vn.hanoi.gateway.mappings.common.VietnameseNumbers;
import vn.hanoi.gateway.mappings.land.Parcel.HolderType;

/**
 * The land register's value formats and code lists, read leniently: an empty, unreadable or unknown value
 * gives {@code null} rather than failing the whole answer.
 */
final class LandRegisterValues {

    private static final String LONG_TERM = "lâu dài";

    private static final Map<String, HolderType> HOLDER_TYPES = Map.of(
            "CN", HolderType.INDIVIDUAL, "HGD", HolderType.HOUSEHOLD, "TC", HolderType.ORGANIZATION);

    private LandRegisterValues() {
    }

    /** {@code dd/MM/yyyy} (one-digit day and month tolerated). */
    static LocalDate date(String text) {
        return VietnameseDates.day(text).orElse(null);
    }

    /** {@code Lâu dài} (any case, composed or decomposed accents) or a {@code dd/MM/yyyy} last day. */
    static UseTerm term(String text) {
        String value = Text.blankToNull(text);
        if (value == null) {
            return null;
        }
        String composed = Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (LONG_TERM.equals(composed)) {
            return UseTerm.LONG_TERM;
        }
        LocalDate lastDay = date(value);
        return lastDay == null ? null : UseTerm.endingOn(lastDay);
    }

    /** A decimal-comma area in m² ({@code 1.234,5}), with the scale the register wrote it with ({@code 181,0}). */
    static BigDecimal area(String text) {
        return VietnameseNumbers.parseAsWritten(text).orElse(null);
    }

    /** {@code CN}, {@code HGD} or {@code TC}; anything else has no canonical type. */
    static HolderType holderType(String code) {
        String value = Text.blankToNull(code);
        return value == null ? null : HOLDER_TYPES.get(value.toUpperCase(Locale.ROOT));
    }
}
