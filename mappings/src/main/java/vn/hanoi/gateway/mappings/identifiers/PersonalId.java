package vn.hanoi.gateway.mappings.identifiers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * The 12-digit personal id (số định danh cá nhân): province of birth registration (001–096), a
 * century-and-gender digit (0–5), two digits of the birth year, six digits. No check digit.
 */
public final class PersonalId implements IdentifierRule {

    public static final String RULE = "INVALID_PERSONAL_ID";

    private static final int MAX_PROVINCE = 96;
    private static final int MAX_CENTURY_DIGIT = 5;

    private final Clock clock;

    public PersonalId(Clock clock) {
        this.clock = clock;
    }

    public static PersonalId rule() {
        return new PersonalId(Clock.systemDefaultZone());
    }

    @Override
    public String code() {
        return RULE;
    }

    @Override
    public Optional<String> violation(String value) {
        if (!IdentifierRule.isAsciiDigits(value, 12)) {
            return Optional.of("a personal id is exactly 12 digits");
        }
        int province = Integer.parseInt(value.substring(0, 3));
        if (province < 1 || province > MAX_PROVINCE) {
            return Optional.of("the first three digits must be a province code from 001 to 096");
        }
        int centuryDigit = value.charAt(3) - '0';
        if (centuryDigit > MAX_CENTURY_DIGIT) {
            return Optional.of("the fourth digit (century and gender) must be 0 to 5");
        }
        if (birthYear(value) > Year.now(clock).getValue()) {
            return Optional.of("the birth year encoded in digits 4 to 6 is in the future");
        }
        return Optional.empty();
    }

    /** The birth year encoded in a well-formed id. */
    public static int birthYear(String id) {
        int centuryDigit = id.charAt(3) - '0';
        int century = 1900 + (centuryDigit / 2) * 100;
        return century + Integer.parseInt(id.substring(4, 6));
    }

    /** Whether a known date of birth agrees with the century and year encoded in a well-formed id. */
    public static boolean agreesWith(String id, LocalDate dateOfBirth) {
        return dateOfBirth == null || dateOfBirth.getYear() == birthYear(id);
    }
}
