package vn.hanoi.gateway.routes.connector;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.IOException;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;

/**
 * Classifies what a CXF client throws: HTTP status errors, I/O and timeouts, genuine SOAP Faults from
 * the register, HTTP 5xx answers without a usable SOAP body, and unreadable answers.
 *
 * <p>CXF reads an HTTP 500 as a SOAP Fault and reports whatever it finds there: the register's Fault
 * (a {@link SoapFault}, or a {@link SOAPFaultException} when a SAAJ implementation is present), or its
 * own failure to read an HTML page or an empty body. So the HTTP status of the answer, which the client
 * takes from the JAX-WS response context, decides what an unreadable answer means. Any other status that is
 * not a success is classified as {@link HttpFailures} classifies it, with its {@code Retry-After}
 * ({@link SoapHttpStatus}).
 */
public final class SoapFailures {

    private SoapFailures() {
    }

    /**
     * @param httpStatus the HTTP status of the answer, or {@code null} when none arrived
     */
    public static UpstreamException classify(String system, WebServiceException failure, Integer httpStatus) {
        if (ResponseTooLarge.among(failure)) {
            return new UpstreamException(system, FailureKind.MALFORMED_RESPONSE, "answer longer than max-response-size");
        }
        boolean unreadable = false;
        QName faultCode = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SoapHttpStatus.Answered answered) {
                return answered.classified(system);
            }
            if (cause instanceof HTTPException http) {
                return HttpFailures.forStatus(system, http.getResponseCode(), Optional.empty(), "service");
            }
            if (cause instanceof IOException io) {
                return HttpFailures.classify(system, io);
            }
            unreadable |= cause instanceof XMLStreamException || cause instanceof jakarta.xml.bind.JAXBException;
            faultCode = faultCode == null ? faultCode(cause) : faultCode;
        }
        if (faultCode != null && !unreadable) {
            return isServerFault(faultCode)
                    ? new UpstreamException(system, FailureKind.SOAP_FAULT, "SOAP Fault", null, failure)
                    : new UpstreamException(system, FailureKind.REJECTED_REQUEST, "SOAP Fault "
                            + faultCode.getLocalPart(), null, failure);
        }
        if (httpStatus != null && httpStatus >= 500) {
            return new UpstreamException(system, FailureKind.SERVER_ERROR,
                    "service answered " + httpStatus + " without a SOAP Fault", null, failure);
        }
        return new UpstreamException(system, FailureKind.MALFORMED_RESPONSE,
                unreadable ? "unreadable answer" : "unusable answer", null, failure);
    }

    private static QName faultCode(Throwable cause) {
        if (cause instanceof SoapFault soap) {
            return soap.getFaultCode();
        }
        if (cause instanceof SOAPFaultException saaj && saaj.getFault() != null) {
            return saaj.getFault().getFaultCodeAsQName();
        }
        return null;
    }

    /** SOAP 1.1 {@code Server} or SOAP 1.2 {@code Receiver}: the register failed, not our request. */
    private static boolean isServerFault(QName code) {
        return "Server".equals(code.getLocalPart()) || "Receiver".equals(code.getLocalPart());
    }
}
