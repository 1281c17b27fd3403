package vn.hanoi.gateway.mappings.identifiers;

import java.util.Optional;
import vn.hanoi.gateway.mappings.common.Text;

/**
 * The numbered parts of a land parcel's reference: the map sheet number (số hiệu tờ bản đồ) and the
 * parcel number on that sheet (số thửa), each a positive whole number of 1 to 6 ASCII digits with no
 * sign. Leading zeros are accepted and dropped by {@link #normalise(String)}, which gives the register's
 * spelling. The reference's third part, the commune code, has its own rule, {@link CommuneCode}.
 */
public final class ParcelReference implements IdentifierRule {

    public static final String RULE = "INVALID_PARCEL_REFERENCE";

    private static final int MAX_DIGITS = 6;

    private final String part;

    private ParcelReference(String part) {
        this.part = part;
    }

    public static ParcelReference mapSheetNumber() {
        return new ParcelReference("map sheet number");
    }

    public static ParcelReference parcelNumber() {
        return new ParcelReference("parcel number");
    }

    @Override
    public String code() {
        return RULE;
    }

    @Override
    public Optional<String> violation(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_DIGITS
                || !IdentifierRule.isAsciiDigits(value, value.length())) {
            return Optional.of("a " + part + " is 1 to " + MAX_DIGITS + " digits");
        }
        if (value.chars().allMatch(c -> c == '0')) {
            return Optional.of("a " + part + " is a positive number");
        }
        return Optional.empty();
    }

    /** A well-formed number without its leading zeros: {@code 007} gives {@code 7}. */
    public static String normalise(String wellFormed) {
        return Text.withoutLeadingZeros(wellFormed);
    }
}
