package vn.hanoi.gateway.routes.population;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.message.Message;
import vn.hanoi.gateway.mappings.population.wsdl.CongDan;
import vn.hanoi.gateway.mappings.population.wsdl.CongDanPortType;
import vn.hanoi.gateway.mappings.population.wsdl.TraCuuThongTinCongDan;
import vn.hanoi.gateway.mappings.population.wsdl.TraCuuThongTinCongDanResponse;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.SoapFailures;
import vn.hanoi.gateway.routes.connector.TokenProvider;
import vn.hanoi.gateway.routes.connector.Upstream;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/** One {@code TraCuuThongTinCongDan} call through a CXF client generated from the register's WSDL. */
final class PopulationSoapClient implements Upstream<CongDan> {

    static final String INTEGRATION_CODE = "HNI-GW";
    private static final String NO_PROCEDURE = "-";

    private final CongDanPortType port;
    private final TokenProvider tokens;

    PopulationSoapClient(ConnectorProperties properties, TokenProvider tokens) {
        this.tokens = tokens;
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(CongDanPortType.class);
        factory.setAddress(properties.getBaseUrl() + "/ws/CongDanService");
        factory.setProperties(Map.of(
                // Read leniently: the register adds elements the WSDL does not name.
                "set-jaxb-validation-event-handler", Boolean.FALSE,
                "thread.local.request.context", Boolean.TRUE));
        this.port = factory.create(CongDanPortType.class);
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put("thread.local.request.context", Boolean.TRUE);
        context.put(Message.CONNECTION_TIMEOUT, properties.getConnectTimeout().toMillis());
    }

    @Override
    public CongDan fetch(LookupRequest request, Deadline deadline, Duration attemptTimeout) {
        return tokens.authenticated(deadline, token -> call(request, token, deadline.cap(attemptTimeout)));
    }

    private CongDan call(LookupRequest request, String token, Duration timeout) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(MessageContext.HTTP_REQUEST_HEADERS, Map.of(
                "Authorization", List.of("Bearer " + token),
                "X-Correlation-Id", List.of(request.correlationId())));
        context.put(Message.RECEIVE_TIMEOUT, Math.max(1, timeout.toMillis()));
        TraCuuThongTinCongDanResponse response;
        try {
            response = port.traCuuThongTinCongDan(question(request));
        } catch (WebServiceException failure) {
            throw SoapFailures.classify(PopulationConnector.SYSTEM, failure, httpStatusOfTheAnswer());
        }
        return answer(response);
    }

    /** The HTTP status of the answer to this thread's last call (CXF clears it when a call starts). */
    private Integer httpStatusOfTheAnswer() {
        Object status = ((BindingProvider) port).getResponseContext().get(MessageContext.HTTP_RESPONSE_CODE);
        return status instanceof Integer code ? code : null;
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
        String resultCode = response == null || response.getMaKetQua() == null ? "" : response.getMaKetQua().strip();
        switch (resultCode) {
            case "00" -> {
                List<CongDan> found = response.getCongdanCollection() == null
                        ? List.of() : response.getCongdanCollection().getCongDan();
                if (found.isEmpty()) {
                    throw failure(FailureKind.MALFORMED_RESPONSE, "MaKetQua 00 without a CongDan");
                }
                return found.get(0);
            }
            case "01" -> throw failure(FailureKind.NOT_FOUND, "MaKetQua 01");
            case "02" -> throw failure(FailureKind.REJECTED_REQUEST, "MaKetQua 02");
            case "99" -> throw failure(FailureKind.REGISTER_ERROR, "MaKetQua 99");
            default -> throw failure(FailureKind.MALFORMED_RESPONSE, "unknown MaKetQua");
        }
    }

    private static UpstreamException failure(FailureKind kind, String detail) {
        return new UpstreamException(PopulationConnector.SYSTEM, kind, detail);
    }
}
