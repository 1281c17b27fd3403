package vn.hanoi.gateway.routes.population;

import java.time.Duration;
import java.util.List;
import vn.hanoi.gateway.mappings.population.wsdl.CongDan;
import vn.hanoi.gateway.mappings.population.wsdl.CongDanPortType;
import vn.hanoi.gateway.mappings.population.wsdl.TraCuuThongTinCongDan;
import vn.hanoi.gateway.mappings.population.wsdl.TraCuuThongTinCongDanResponse;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.ResultCodes;
import vn.hanoi.gateway.routes.connector.SoapPort;
import vn.hanoi.gateway.routes.connector.Transport;
import vn.hanoi.gateway.routes.connector.Upstream;

/** One {@code TraCuuThongTinCongDan} call through a CXF client generated from the register's WSDL. */
final class PopulationSoapClient implements Upstream<CongDan> {

    static final String INTEGRATION_CODE = "HNI-GW";
    private static final String NO_PROCEDURE = "-";

    private final SoapPort<CongDanPortType> port;
    private final Transport transport;

    PopulationSoapClient(ConnectorProperties properties, Transport transport) {
        this.transport = transport;
        this.port = new SoapPort<>(PopulationConnector.SYSTEM, CongDanPortType.class,
                transport.address("/ws/CongDanService"), properties);
    }

    @Override
    public CongDan fetch(LookupRequest request, Deadline deadline, Duration attemptTimeout) {
        TraCuuThongTinCongDan question = question(request);
        return transport.authenticated(request, deadline, headers -> answer(port.call(headers, request.correlationId(),
                deadline.cap(attemptTimeout), service -> service.traCuuThongTinCongDan(question))));
    }

    private static TraCuuThongTinCongDan question(LookupRequest request) {
        TraCuuThongTinCongDan question = new TraCuuThongTinCongDan();
        question.setMaYeuCau(request.correlationId());
        question.setMaDVC(request.procedureCode() == null ? NO_PROCEDURE : request.procedureCode());
        question.setMaTichHop(INTEGRATION_CODE);
        question.setMaCanBo(request.officerId());
        question.setSoDinhDanh(request.key());
        return question;
    }

    private static CongDan answer(TraCuuThongTinCongDanResponse response) {
        TraCuuThongTinCongDanResponse answer = response == null ? new TraCuuThongTinCongDanResponse() : response;
        List<CongDan> found = answer.getCongdanCollection() == null
                ? List.of() : answer.getCongdanCollection().getCongDan();
        return ResultCodes.requireFound(PopulationConnector.SYSTEM, answer.getMaKetQua(),
                found.isEmpty() ? null : found.get(0));
    }
}
