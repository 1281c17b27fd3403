package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateSerialTest {

    private final CertificateSerial rule = new CertificateSerial();

    @ParameterizedTest
    @ValueSource(strings = {"CS 123456", "CX 169401", "BX 540500", "DA 102535"})
    void acceptsTwoCapitalLettersASpaceAndSixDigits(String serial) {
        assertThat(rule.violation(serial)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"cs 123456", "Cs 123456", "CS123456", "CS  123456", "CS-123456", "CS 12345",
        "CS 1234567", " CS 123456", "CS 123456 ", "CS 123456\n", "ĐS 123456", "CS 12345٦", "CS\u00a0123456",
        "C 123456", "CSX 123456"})
    void rejectsAnyOtherSpelling(String serial) {
        assertThat(rule.violation(serial)).isPresent();
    }

    @Test
    void isReportedUnderTheParcelReferenceRule() {
        assertThat(rule.code()).isEqualTo(ParcelReference.RULE);
    }
}
