package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ParcelReferenceTest {

    private final ParcelReference mapSheet = ParcelReference.mapSheetNumber();
    private final ParcelReference parcel = ParcelReference.parcelNumber();

    @ParameterizedTest
    @ValueSource(strings = {"4", "21", "279", "999999", "007"})
    void acceptsAPositiveWholeNumberOfOneToSixDigits(String number) {
        assertThat(mapSheet.violation(number)).isEmpty();
        assertThat(parcel.violation(number)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "000000", "1234567", "+7", "-7", "7 ", " 7", "7a", "1.5", "１２", "٧", "1e3"})
    void rejectsZeroSignsSpacesOtherDigitsAndTooLongNumbers(String number) {
        assertThat(mapSheet.violation(number)).isPresent();
        assertThat(parcel.violation(number)).isPresent();
    }

    @Test
    void reportsUnderTheParcelReferenceRuleNamingThePart() {
        assertThat(mapSheet.code()).isEqualTo("INVALID_PARCEL_REFERENCE");
        assertThat(parcel.code()).isEqualTo("INVALID_PARCEL_REFERENCE");
        assertThat(mapSheet.violation("x")).hasValueSatisfying(m -> assertThat(m).contains("map sheet number"));
        assertThat(parcel.violation("0")).hasValueSatisfying(m -> assertThat(m).contains("parcel number"));
    }

    @Test
    void normalisingDropsLeadingZeros() {
        assertThat(ParcelReference.normalise("007")).isEqualTo("7");
        assertThat(ParcelReference.normalise("279")).isEqualTo("279");
    }
}
