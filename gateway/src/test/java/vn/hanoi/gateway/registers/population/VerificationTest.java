package vn.hanoi.gateway.registers.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.population.Citizen;

class VerificationTest {

    private static final String NAME = "Nguyễn Thị Hồng Nhung";

    @Test
    void namesCompareAcrossUnicodeFormsCaseAndWhiteSpace() {
        String decomposed = Normalizer.normalize(NAME, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(NAME);

        assertThat(Verification.sameName(decomposed, NAME)).isTrue();
        assertThat(Verification.sameName("  NGUYỄN   THỊ\tHỒNG\u00a0NHUNG ", NAME)).isTrue();
        assertThat(Verification.sameName("nguyễn thị hồng nhung", NAME)).isTrue();
    }

    @Test
    void diacriticsAndOtherNamesDoNotMatch() {
        assertThat(Verification.sameName("Nguyen Thi Hong Nhung", NAME)).isFalse();
        assertThat(Verification.sameName("Nguyễn Thị Hồng", NAME)).isFalse();
        assertThat(Verification.sameName(NAME, null)).isFalse();
    }

    @Test
    void factsNotAskedAreNullAndDoNotDecideTheMatch() {
        Citizen citizen = citizen(LocalDate.of(1990, 5, 17));

        Verification onlyName = Verification.of(new VerificationRequest("001190000001", NAME, null), citizen);
        assertThat(onlyName.match()).isTrue();
        assertThat(onlyName.fields()).isEqualTo(new Verification.Fields(true, null));

        Verification wrongDate = Verification.of(new VerificationRequest("001190000001", NAME, LocalDate.of(1990, 5, 18)), citizen);
        assertThat(wrongDate.match()).isFalse();
        assertThat(wrongDate.fields()).isEqualTo(new Verification.Fields(true, false));
    }

    @Test
    void aDateTheRegisterDoesNotHoldDoesNotMatch() {
        Verification answer = Verification.of(new VerificationRequest("001190000001", null, LocalDate.of(1990, 5, 17)),
                citizen(null));

        assertThat(answer.match()).isFalse();
        assertThat(answer.fields().dateOfBirth()).isFalse();
    }

    private static Citizen citizen(LocalDate dateOfBirth) {
        return new Citizen("001190000001", null, NAME, "Nguyễn", "Thị Hồng", "Nhung", Citizen.Gender.FEMALE, dateOfBirth,
                1990, "VN", null, null, null, null, null, null, null, null, null, null, null);
    }
}
