package vn.hanoi.gateway.mappings.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class CommuneCodeProperties {

    private final CommuneCode rule = new CommuneCode();

    @Property
    void everyFiveAsciiDigitStringIsACommuneCode(@ForAll @NumericChars @StringLength(5) String code) {
        assertThat(rule.violation(code)).isEmpty();
    }

    @Property
    void noOtherLengthIsACommuneCode(@ForAll @NumericChars @StringLength(max = 12) String code) {
        assertThat(rule.violation(code).isEmpty()).isEqualTo(code.length() == 5);
    }

    @Property
    void theViolationNeverEchoesTheValue(@ForAll @StringLength(min = 3, max = 20) String code) {
        rule.violation(code).ifPresent(message -> assertThat(message).doesNotContain(code));
    }
}
