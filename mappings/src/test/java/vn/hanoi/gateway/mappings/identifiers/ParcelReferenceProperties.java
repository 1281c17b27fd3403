package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class ParcelReferenceProperties {

    private final ParcelReference mapSheet = ParcelReference.mapSheetNumber();
    private final ParcelReference parcel = ParcelReference.parcelNumber();

    @Property
    void everyPositiveNumberUpToSixDigitsIsAccepted(@ForAll @IntRange(min = 1, max = 999_999) int number) {
        assertThat(mapSheet.violation(Integer.toString(number))).isEmpty();
        assertThat(parcel.violation(Integer.toString(number))).isEmpty();
    }

    @Property
    void aDigitStringIsAcceptedExactlyWhenItIsOneToSixDigitsAndNotZero(
            @ForAll @NumericChars @StringLength(max = 9) String digits) {
        boolean expected = !digits.isEmpty() && digits.length() <= 6 && new BigInteger(digits).signum() > 0;
        assertThat(parcel.violation(digits).isEmpty()).isEqualTo(expected);
    }

    @Property
    void normalisingKeepsTheNumberAndDropsOnlyLeadingZeros(
            @ForAll @IntRange(min = 1, max = 999_999) int number, @ForAll @IntRange(max = 5) int zeros) {
        String padded = "0".repeat(zeros) + number;
        Assume.that(padded.length() <= 6);

        assertThat(ParcelReference.normalise(padded)).isEqualTo(Integer.toString(number));
    }
}
