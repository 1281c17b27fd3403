package vn.hanoi.gateway.routes.connector;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.ws.WebServiceException;
import java.net.SocketException;
import java.net.URL;
import java.net.http.HttpTimeoutException;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.transport.http.HTTPException;
import org.junit.jupiter.api.Test;

/** What CXF 4 throws for each way a SOAP register can fail, as observed against a stub, and its kind. */
class SoapFailuresTest {

    private static final String SYSTEM = "population";

    @Test
    void theRegistersServerFaultIsASoapFault() {
        SoapFault fault = new SoapFault("Hệ thống đang bận", Soap11.getInstance().getReceiver());

        assertThat(kindOf(new WebServiceException(fault), 500)).isEqualTo(FailureKind.SOAP_FAULT);
    }

    @Test
    void theRegistersClientFaultRejectsTheRequest() {
        SoapFault fault = new SoapFault("Yêu cầu không hợp lệ", Soap11.getInstance().getSender());

        assertThat(kindOf(new WebServiceException(fault), 500)).isEqualTo(FailureKind.REJECTED_REQUEST);
    }

    @Test
    void anHttp500WithAnHtmlPageIsAServerError() {
        Fault unexpectedType = new Fault(new IllegalStateException("Response was of unexpected text/html ContentType."));

        assertThat(kindOf(new WebServiceException(unexpectedType), 500)).isEqualTo(FailureKind.SERVER_ERROR);
    }

    @Test
    void anHttp500WithAnEmptyBodyIsAServerErrorThoughCxfCallsItAClientFault() {
        XMLStreamException eof = new XMLStreamException("Unexpected EOF in prolog");
        SoapFault unreadable = new SoapFault("Error reading XMLStreamReader", eof, Soap11.getInstance().getSender());

        assertThat(kindOf(new WebServiceException(unreadable), 500)).isEqualTo(FailureKind.SERVER_ERROR);
    }

    @Test
    void anUnreadableHttp200IsAMalformedResponse() {
        XMLStreamException eof = new XMLStreamException("Unexpected close tag");
        Fault unmarshalling = new Fault(new UnmarshalException(eof));

        assertThat(kindOf(new WebServiceException(unmarshalling), 200)).isEqualTo(FailureKind.MALFORMED_RESPONSE);
    }

    @Test
    void statusErrorsTimeoutsAndResetsKeepTheirHttpClassification() throws Exception {
        HTTPException unauthorized = new HTTPException(401, "Unauthorized", new URL("http://localhost/ws"));

        assertThat(kindOf(new WebServiceException("Could not send Message.", unauthorized), 401))
                .isEqualTo(FailureKind.UNAUTHORIZED);
        assertThat(kindOf(new WebServiceException("Could not send Message.", new HttpTimeoutException("Timeout")), null))
                .isEqualTo(FailureKind.TIMEOUT);
        assertThat(kindOf(new WebServiceException("Could not send Message.", new SocketException("Connection reset")), null))
                .isEqualTo(FailureKind.IO);
    }

    private static FailureKind kindOf(WebServiceException failure, Integer httpStatus) {
        return SoapFailures.classify(SYSTEM, failure, httpStatus).kind();
    }
}
