package vn.hanoi.gateway.routes.connector;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.IOException;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.transport.http.HTTPException;

/**
 * Classifies what a CXF client throws: HTTP status errors, I/O and timeouts, unreadable answers, and
 * genuine SOAP Faults from the register.
 */
public final class SoapFailures {

    private SoapFailures() {
    }

    public static UpstreamException classify(String system, WebServiceException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HTTPException http) {
                return HttpFailures.forStatus(system, http.getResponseCode(), Optional.empty(), "service");
            }
            if (cause instanceof IOException io) {
                return HttpFailures.classify(system, io);
            }
            if (cause instanceof XMLStreamException || cause instanceof jakarta.xml.bind.JAXBException) {
                return new UpstreamException(system, FailureKind.MALFORMED_RESPONSE, "unreadable answer", null, failure);
            }
        }
        if (failure instanceof SOAPFaultException fault && fault.getFault() != null
                && fault.getFault().getFaultCodeAsQName() != null
                && "Server".equals(fault.getFault().getFaultCodeAsQName().getLocalPart())) {
            return new UpstreamException(system, FailureKind.SOAP_FAULT, "SOAP Fault", null, failure);
        }
        return new UpstreamException(system, FailureKind.MALFORMED_RESPONSE, "unusable answer", null, failure);
    }
}
