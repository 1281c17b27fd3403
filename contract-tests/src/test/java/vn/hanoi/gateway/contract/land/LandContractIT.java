package vn.hanoi.gateway.contract.land;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.contract.land.LandRegister.LAND;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hanoi.gateway.contract.AbstractRegisterContractIT;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.contract.Scenario;

/**
 * Each scenario of the land register's contract, and the exact answer the caller gets. The register
 * speaks pre-2025 commune codes only ({@code docs/land.md}).
 */
class LandContractIT extends AbstractRegisterContractIT {

    @Override
    protected Register register() {
        return LAND;
    }

    @Override
    protected Stream<Scenario> scenarios() {
        return Stream.of(
                Scenario.notFound("parcel-not-found-ma-ket-qua-01", LandRegister.NOT_FOUND),
                Scenario.upstreamError("rejected-request-ma-ket-qua-02", LandRegister.REJECTED),
                Scenario.upstreamError("found-without-a-parcel-ma-ket-qua-00", LandRegister.FOUND_WITHOUT_PARCEL),
                Scenario.unavailable("register-error-ma-ket-qua-99", LandRegister.REGISTER_ERROR),
                Scenario.unavailable("soap-fault-500", LandRegister.SOAP_FAULT),
                Scenario.unavailable("http-500 (an HTML page)", LandRegister.HTTP_500),
                Scenario.unavailable("connection-reset", LandRegister.CONNECTION_RESET),
                Scenario.upstreamError("malformed-xml", LandRegister.MALFORMED_XML),
                Scenario.timeout("slow-past-deadline", LandRegister.SLOW),
                Scenario.timeout("slow-body-past-deadline (headers at once, the body trickling)",
                        LandRegister.SLOW_BODY));
    }

    @Test
    void asksTheOldCommunesOfACurrentCommuneOneAfterTheOtherUntilOneHoldsTheParcel() {
        assertAnswersCanonical(LAND.lookupPath(LandRegister.IN_MERGED_COMMUNE), LandRegister.IN_MERGED_COMMUNE_FIXTURE,
                "MISS");

        assertThat(LandRegister.communesAsked(upstream())).containsExactlyElementsOf(LandRegister.IN_MERGED_COMMUNE_ASKED);
    }

    @Test
    void answers404AfterAskingEveryOldCommuneOfACurrentCommuneInOrder() {
        lookUp(LandRegister.NOT_IN_ANY_LEGACY_COMMUNE).assertProblem(404, "NOT_FOUND");

        assertThat(LandRegister.communesAsked(upstream()))
                .containsExactlyElementsOf(LandRegister.NOT_IN_ANY_LEGACY_COMMUNE_ASKED);
    }

    @Test
    void answers404ForACommuneNeitherListKnowsWithoutAskingTheRegister() {
        lookUp(LandRegister.UNKNOWN_COMMUNE).assertProblem(404, "NOT_FOUND");

        assertThat(Register.everyRequest(upstream())).isEmpty();
    }

    @Test
    void answersTheParcelOfACertificateAskedBySerial() {
        assertAnswersCanonical(LAND.certificatePath(LandRegister.CERTIFICATE_FOUND),
                LandRegister.CERTIFICATE_FOUND_PARCEL, "MISS");

        upstream().verify(1, LAND.certificateCallsFor(LandRegister.CERTIFICATE_FOUND));
    }

    /** Every fixture parcel that no stub file serves by its certificate. */
    static Stream<String> fixturesByCertificate() {
        return LAND.fixtures().filter(parcel -> !parcel.equals(LandRegister.CERTIFICATE_FOUND_PARCEL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesByCertificate")
    void answersEveryFixtureParcelByItsCertificateAsItsCanonicalRecord(String parcel) {
        String serial = LAND.serialOf(parcel);

        assertAnswersFixtureStubbedAs(LAND.certificateCall(serial), LAND.certificatePath(serial), parcel);
    }

    @Test
    void answers404WhenTheRegisterHoldsNoSuchCertificate() {
        assertNotFoundAfterOneCall(LAND.certificatePath(LandRegister.CERTIFICATE_NOT_FOUND),
                LAND.certificateCallsFor(LandRegister.CERTIFICATE_NOT_FOUND));
    }
}
