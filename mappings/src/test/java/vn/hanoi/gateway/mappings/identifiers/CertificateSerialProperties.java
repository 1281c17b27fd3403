package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CertificateSerialProperties {

    private final CertificateSerial rule = new CertificateSerial();

    @Property
    void everyWellFormedSerialIsAccepted(@ForAll("serials") String serial) {
        assertThat(rule.violation(serial)).isEmpty();
    }

    @Property
    void aSerialWithLowerCaseLettersIsRejected(@ForAll("serials") String serial) {
        assertThat(rule.violation(serial.toLowerCase())).isPresent();
    }

    @Property
    void changingTheSpaceToAnyOtherCharacterIsRejected(@ForAll("serials") String serial, @ForAll char other) {
        String changed = serial.substring(0, 2) + other + serial.substring(3);
        assertThat(rule.violation(changed).isEmpty()).isEqualTo(other == ' ');
    }

    @Property
    void theViolationNeverEchoesTheValue(@ForAll("serials") String serial) {
        rule.violation(serial + "0").ifPresent(message -> assertThat(message).doesNotContain(serial));
    }

    @Provide
    Arbitrary<String> serials() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(letters, digits).as((l, d) -> l + " " + d);
    }
}
