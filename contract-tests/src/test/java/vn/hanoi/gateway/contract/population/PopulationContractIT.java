package vn.hanoi.gateway.contract.population;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static vn.hanoi.gateway.contract.population.PopulationRegister.POPULATION;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.contract.AbstractRegisterContractIT;
import vn.hanoi.gateway.contract.GatewayCaller;
import vn.hanoi.gateway.contract.Register;
import vn.hanoi.gateway.contract.Scenario;

/** Each scenario of the population register's contract, and the exact answer the caller gets. */
class PopulationContractIT extends AbstractRegisterContractIT {

    @Override
    protected Register register() {
        return POPULATION;
    }

    @Override
    protected Stream<Scenario> scenarios() {
        return Stream.of(
                Scenario.notFound("citizen-not-found-ma-ket-qua-01", PopulationRegister.NOT_FOUND),
                Scenario.unavailable("register-error-ma-ket-qua-99", PopulationRegister.REGISTER_ERROR),
                Scenario.unavailable("soap-fault-500", PopulationRegister.SOAP_FAULT),
                Scenario.unavailable("http-500 (an HTML page)", PopulationRegister.HTTP_500),
                Scenario.unavailable("connection-reset", PopulationRegister.CONNECTION_RESET),
                Scenario.upstreamError("malformed-xml", PopulationRegister.MALFORMED_XML),
                Scenario.timeout("slow-past-deadline", PopulationRegister.SLOW),
                Scenario.timeout("slow-body-past-deadline (headers at once, the body trickling)",
                        PopulationRegister.SLOW_BODY));
    }

    @Test
    void sendsTheCallersCorrelationIdAndOfficerInTheQuestion() {
        String correlationId = GatewayCaller.newCorrelationId();

        get(POPULATION.lookupPath(PopulationRegister.NOT_FOUND), correlationId).assertProblem(404, "NOT_FOUND");

        upstream().verify(1, POPULATION.serviceCallsFor(PopulationRegister.NOT_FOUND)
                .withRequestBody(matchingXPath(field("MaYeuCau"), equalTo(correlationId)))
                .withRequestBody(matchingXPath(field("MaDVC"), equalTo("-")))
                .withRequestBody(matchingXPath(field("MaTichHop"), equalTo("HNI-GW")))
                .withRequestBody(matchingXPath(field("MaCanBo"), equalTo(GatewayCaller.OFFICER_ID)))
                .withRequestBody(matchingXPath(field("SoDinhDanh"), equalTo(PopulationRegister.NOT_FOUND))));
    }

    /** The text of a {@code TraCuuThongTinCongDan} child, whatever prefix the gateway gave it. */
    private static String field(String name) {
        return "//*[local-name()='TraCuuThongTinCongDan']/*[local-name()='" + name + "']/text()";
    }
}
