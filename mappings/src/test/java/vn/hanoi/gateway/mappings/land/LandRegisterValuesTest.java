package vn.hanoi.gateway.mappings.land;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hanoi.gateway.mappings.land.Parcel.HolderType;

class LandRegisterValuesTest {

    @Test
    void readsDayMonthYearDatesWithOrWithoutLeadingZeros() {
        assertThat(LandRegisterValues.date("24/03/2013")).isEqualTo(LocalDate.of(2013, 3, 24));
        assertThat(LandRegisterValues.date(" 5/4/2021 ")).isEqualTo(LocalDate.of(2021, 4, 5));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "31/02/2024", "2021-04-15", "15/04/21", "hôm nay", "13/13/2020"})
    void anEmptyOrUnreadableDateIsNull(String text) {
        assertThat(LandRegisterValues.date(text)).isNull();
    }

    @Test
    void longTermIsRecognisedWhateverTheCaseOrAccentEncoding() {
        String decomposed = Normalizer.normalize("Lâu dài", Normalizer.Form.NFD);

        assertThat(LandRegisterValues.term("Lâu dài")).isEqualTo(UseTerm.LONG_TERM);
        assertThat(LandRegisterValues.term(" lâu dài ")).isEqualTo(UseTerm.LONG_TERM);
        assertThat(LandRegisterValues.term("LÂU DÀI")).isEqualTo(UseTerm.LONG_TERM);
        assertThat(LandRegisterValues.term(decomposed)).isEqualTo(UseTerm.LONG_TERM);
    }

    @Test
    void aDatedTermEndsOnThatDay() {
        assertThat(LandRegisterValues.term("31/12/2064")).isEqualTo(UseTerm.endingOn(LocalDate.of(2064, 12, 31)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"50 năm", "Lau dai", "LONG_TERM"})
    void anEmptyOrUnknownTermIsNull(String text) {
        assertThat(LandRegisterValues.term(text)).isNull();
    }

    @Test
    void readsAreasWithADecimalCommaAndThousandsDots() {
        assertThat(LandRegisterValues.area("1.234,5")).isEqualTo(new BigDecimal("1234.5"));
        assertThat(LandRegisterValues.area("181,0")).isEqualTo(new BigDecimal("181.0"));
        assertThat(LandRegisterValues.area("3600,4")).isEqualTo(new BigDecimal("3600.4"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"120.5", "1,2,3", "m2", "1 234,5"})
    void anEmptyOrUnreadableAreaIsNull(String text) {
        assertThat(LandRegisterValues.area(text)).isNull();
    }

    @Test
    void knowsTheThreeHolderTypesInAnyCase() {
        assertThat(LandRegisterValues.holderType("CN")).isEqualTo(HolderType.INDIVIDUAL);
        assertThat(LandRegisterValues.holderType("hgd")).isEqualTo(HolderType.HOUSEHOLD);
        assertThat(LandRegisterValues.holderType(" TC ")).isEqualTo(HolderType.ORGANIZATION);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"CD", "NN", "X"})
    void anEmptyOrUnknownHolderTypeIsNull(String code) {
        assertThat(LandRegisterValues.holderType(code)).isNull();
    }
}
