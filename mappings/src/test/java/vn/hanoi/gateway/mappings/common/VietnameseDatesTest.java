package vn.hanoi.gateway.mappings.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

    @Test
    void readsDaysWrittenDayFirstWithOrWithoutLeadingZeros() {
        assertThat(VietnameseDates.day("07/02/2010")).hasValue(LocalDate.of(2010, 2, 7));
        assertThat(VietnameseDates.day("7/2/2010")).hasValue(LocalDate.of(2010, 2, 7));
        assertThat(VietnameseDates.day(" 29/02/2024 ")).hasValue(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "31/02/2010", "29/02/2023", "07/13/2010", "13/13/2020", "07/02/10", "1985", "02/2010",
            "07-02-2010", "2010-02-07", "hôm nay"})
    void leavesImpossibleOrOtherDaysUnread(String text) {
        assertThat(VietnameseDates.day(text)).isEmpty();
    }

    @Test
    void readsMonthsWrittenMonthFirstOrIso() {
        assertThat(VietnameseDates.month("11/2019")).hasValue(YearMonth.of(2019, 11));
        assertThat(VietnameseDates.month("2019-11")).hasValue(YearMonth.of(2019, 11));
        assertThat(VietnameseDates.month("13/2019")).isEmpty();
        assertThat(VietnameseDates.month("")).isEmpty();
    }

    @Test
    void readsFourDigitYearsOnly() {
        assertThat(VietnameseDates.year("1985")).hasValue(1985);
        assertThat(VietnameseDates.year("85")).isEmpty();
        assertThat(VietnameseDates.year("25/01/1985")).isEmpty();
        assertThat(VietnameseDates.year(null)).isEmpty();
    }
}
