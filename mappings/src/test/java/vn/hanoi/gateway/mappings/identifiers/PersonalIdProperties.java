package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class PersonalIdProperties {

    private static final int THIS_YEAR = 2026;
    private final PersonalId rule = new PersonalId(
            Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

    @Provide
    Arbitrary<String> wellFormedIds() {
        Arbitrary<Integer> province = Arbitraries.integers().between(1, 96);
        Arbitrary<Integer> birthYear = Arbitraries.integers().between(1900, THIS_YEAR);
        Arbitrary<Boolean> female = Arbitraries.of(true, false);
        Arbitrary<Integer> serial = Arbitraries.integers().between(0, 999_999);
        return Combinators.combine(province, birthYear, female, serial).as((p, year, isFemale, s) -> {
            int centuryDigit = (year - 1900) / 100 * 2 + (isFemale ? 1 : 0);
            return String.format("%03d%d%02d%06d", p, centuryDigit, year % 100, s);
        });
    }

    @Property
    void acceptsEveryWellFormedIdAndDecodesItsBirthYear(@ForAll("wellFormedIds") String id) {
        assertThat(rule.violation(id)).isEmpty();
        int decoded = PersonalId.birthYear(id);
        assertThat(decoded).isBetween(1900, THIS_YEAR);
        assertThat(PersonalId.agreesWith(id, LocalDate.of(decoded, 6, 1))).isTrue();
        assertThat(PersonalId.agreesWith(id, LocalDate.of(decoded - 1, 6, 1))).isFalse();
    }

    @Property
    void rejectsAnyLengthOtherThanTwelve(@ForAll @StringLength(min = 0, max = 30) @CharRange(from = '0', to = '9') String digits) {
        if (digits.length() != 12) {
            assertThat(rule.violation(digits)).isPresent();
        }
    }

    @Property
    void rejectsAnyNonAsciiDigitAnywhere(@ForAll("wellFormedIds") String id, @ForAll @IntRange(min = 0, max = 11) int position,
                                         @ForAll("notAsciiDigits") char intruder) {
        String broken = id.substring(0, position) + intruder + id.substring(position + 1);
        assertThat(rule.violation(broken)).isPresent();
    }

    @Provide
    Arbitrary<Character> notAsciiDigits() {
        // Letters, punctuation, and look-alikes: Arabic-Indic, fullwidth and Devanagari digits.
        return Arbitraries.oneOf(
                Arbitraries.chars().range('a', 'z'),
                Arbitraries.of(' ', '-', '+', '.', '/', '\u0000'),
                Arbitraries.chars().range('\u0660', '\u0669'),
                Arbitraries.chars().range('\uFF10', '\uFF19'),
                Arbitraries.chars().range('\u0966', '\u096F'));
    }

    @Property
    void rejectsProvinceCodesOutsideTheList(@ForAll("wellFormedIds") String id,
                                            @ForAll("provincesOutOfRange") int province) {
        assertThat(rule.violation(String.format("%03d", province) + id.substring(3))).isPresent();
    }

    @Provide
    Arbitrary<Integer> provincesOutOfRange() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(97, 999));
    }

    @Property
    void rejectsCenturyDigitsSixToNine(@ForAll("wellFormedIds") String id, @ForAll @IntRange(min = 6, max = 9) int digit) {
        assertThat(rule.violation(id.substring(0, 3) + digit + id.substring(4))).isPresent();
    }

    @Property
    void rejectsBirthYearsInTheFuture(@ForAll @IntRange(min = 27, max = 99) int yearInCentury) {
        String id = String.format("001%d%02d123456", 2, yearInCentury);
        assertThat(rule.violation(id)).contains("the birth year encoded in digits 4 to 6 is in the future");
    }
}
