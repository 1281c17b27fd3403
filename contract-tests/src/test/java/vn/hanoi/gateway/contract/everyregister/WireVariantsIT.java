package vn.hanoi.gateway.contract.everyregister;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.contract.GatewayCaller;
import vn.hanoi.gateway.contract.Register;

/**
 * Each register's records written every way the contracts allow ({@link WireVariant}: a byte-order mark, CRLF,
 * Unicode escapes (backslash-u and four hex digits); XML comments, CDATA, character references, {@code xsi:nil}, unknown attributes) are
 * answered exactly as their canonical twins. A variant is played with the first fixture record it changes (land's
 * fixtures have no empty element, so no {@code xsi:nil} case); the copy cached by an earlier test has expired.
 */
class WireVariantsIT extends AbstractEveryRegisterIT {

    static Stream<Arguments> everyRegisterWithEachOfItsVariants() {
        return everyRegister().flatMap(register -> Arrays.stream(WireVariant.values())
                .filter(variant -> variant.appliesTo(register.speaksXml()))
                .flatMap(variant -> firstFixtureChangedBy(register, variant).stream()
                        .map(fixture -> Arguments.of(register, variant, fixture))));
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("everyRegisterWithEachOfItsVariants")
    void answersTheRecordWrittenThisWayExactlyAsItsCanonicalTwin(Register register, WireVariant variant,
                                                                 String fixture) throws InterruptedException {
        WireMockServer upstream = upstream(register);
        StubMapping stub = upstream.stubFor(register.serviceCall(fixture).atPriority(1)
                .willReturn(register.fixtureAnswer(fixture).withBody(variant.of(register.fixtureText(fixture)))));
        try {
            letTheCopyExpire();

            get(register.lookupPath(fixture), GatewayCaller.newCorrelationId())
                    .assertRecord(register.system(), "MISS")
                    .assertBodyEquals(register.canonical(fixture));
        } finally {
            upstream.removeStub(stub);
        }
    }

    private static Optional<String> firstFixtureChangedBy(Register register, WireVariant variant) {
        List<String> fixtures = register.fixtures().toList();
        return fixtures.stream()
                .filter(fixture -> !variant.of(register.fixtureText(fixture)).equals(register.fixtureText(fixture)))
                .findFirst();
    }
}
