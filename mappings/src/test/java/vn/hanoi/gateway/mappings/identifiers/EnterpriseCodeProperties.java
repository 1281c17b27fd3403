package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The check digit, computed here independently from DOMAIN.md: N10 = 10 − (Σ Ni·Wi mod 11). */
class EnterpriseCodeProperties {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private final EnterpriseCode rule = new EnterpriseCode();

    @Property
    void theComputedCheckDigitIsTheOnlyValidLastDigit(@ForAll("headsWithACheckDigit") String nineDigits) {
        int check = checkDigit(nineDigits);

        for (int last = 0; last <= 9; last++) {
            String code = nineDigits + last;
            if (last == check) {
                assertThat(rule.violation(code)).as(code).isEmpty();
            } else {
                assertThat(rule.violation(code)).as(code).isPresent();
            }
        }
    }

    @Property
    void aValidCodeWithAnyBranchSuffixIsValidInBothSpellings(
            @ForAll("headsWithACheckDigit") String nineDigits, @ForAll @IntRange(min = 1, max = 999) int branch) {
        String code = nineDigits + checkDigit(nineDigits);
        String suffix = String.format("%03d", branch);

        assertThat(rule.violation(code + "-" + suffix)).isEmpty();
        assertThat(rule.violation(code + suffix)).isEmpty();
        assertThat(EnterpriseCode.normalise(code + suffix)).isEqualTo(code + "-" + suffix);
    }

    @Property
    void aHeadWithoutACheckDigitIsNeverValid(@ForAll("headsWithoutACheckDigit") String nineDigits) {
        for (int last = 0; last <= 9; last++) {
            assertThat(rule.violation(nineDigits + last)).isPresent();
        }
    }

    @Provide
    Arbitrary<String> headsWithACheckDigit() {
        return nineDigits().filter(head -> weightedSum(head) % 11 != 0 && !thirdToNinthAllZero(head));
    }

    @Provide
    Arbitrary<String> headsWithoutACheckDigit() {
        return Arbitraries.oneOf(
                nineDigits().filter(head -> weightedSum(head) % 11 == 0),
                Arbitraries.strings().withCharRange('0', '9').ofLength(2).map(first -> first + "0000000"));
    }

    private static Arbitrary<String> nineDigits() {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(9);
    }

    private static int checkDigit(String nineDigits) {
        return 10 - weightedSum(nineDigits) % 11;
    }

    private static int weightedSum(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum;
    }

    private static boolean thirdToNinthAllZero(String nineDigits) {
        return nineDigits.substring(2).chars().allMatch(c -> c == '0');
    }
}
