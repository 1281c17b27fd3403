package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.ws.WebServiceException;
import java.net.SocketException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpTimeoutException;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.transport.http.HTTPException;
import org.junit.jupiter.api.Test;

/** What CXF 4.1 throws without SAAJ (as seen against WireMock in {@code LandSoapClientTest}), classified. */
class SoapFailuresTest {

    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private static FailureKind kindOf(Throwable cxfFault, int httpStatus) {
        return SoapFailures.classify("test-register", new WebServiceException(cxfFault), httpStatus).kind();
    }

    @Test
    void aServerFaultTheRegisterSentIsASoapFault() {
        SoapFault sent = new SoapFault("Lỗi hệ thống", new QName(SOAP_11, "Server"));

        assertThat(kindOf(sent, 500)).isEqualTo(FailureKind.SOAP_FAULT);
    }

    @Test
    void aFiveHundredThatIsNotASoapFaultIsAServerError() {
        Fault htmlPage = new Fault(new IllegalStateException("Response was of unexpected text/html ContentType."));
        SoapFault unparsable = new SoapFault("Error reading XMLStreamReader", new XMLStreamException("prolog"),
                new QName(SOAP_11, "Client"));

        assertThat(kindOf(htmlPage, 500)).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(kindOf(unparsable, 500)).isEqualTo(FailureKind.SERVER_ERROR);
    }

    @Test
    void anUnreadableAnswerWithoutAServerErrorIsMalformed() {
        SoapFault unparsable = new SoapFault("Error reading XMLStreamReader", new XMLStreamException("prolog"),
                new QName(SOAP_11, "Client"));

        assertThat(kindOf(unparsable, 200)).isEqualTo(FailureKind.MALFORMED_RESPONSE);
        assertThat(kindOf(new Fault(new XMLStreamException("end tag")), 200)).isEqualTo(FailureKind.MALFORMED_RESPONSE);
    }

    @Test
    void statusesCxfDoesNotReadAndTransportFailuresAreClassifiedAsForHttp() throws Exception {
        URL url = URI.create("http://127.0.0.1/ws").toURL();

        assertThat(kindOf(new HTTPException(503, "Service Unavailable", url), 0)).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(kindOf(new HTTPException(401, "Unauthorized", url), 0)).isEqualTo(FailureKind.UNAUTHORIZED);
        assertThat(kindOf(new SocketException("Connection reset"), 0)).isEqualTo(FailureKind.IO);
        assertThat(kindOf(new HttpTimeoutException("request timed out"), 0)).isEqualTo(FailureKind.TIMEOUT);
    }
}
