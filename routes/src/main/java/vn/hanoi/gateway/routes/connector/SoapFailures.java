package vn.hanoi.gateway.routes.connector;

import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.util.Optional;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;

/**
 * Classifies what a CXF client throws. The gateway has no SAAJ implementation, so CXF does not raise a
 * {@code SOAPFaultException}: a failure is a {@link WebServiceException} around an I/O error or a CXF
 * fault (were SAAJ added, the {@code SOAPFaultException} would have that same fault as its cause). A SOAP
 * Fault the register sent is a {@link SoapFault} with its {@code faultcode}; an HTTP 500 that is not a SOAP
 * Fault (an HTML error page, plain text, an empty body) comes as a fault CXF made up while reading it (an
 * unexpected content type, or a {@code Client} fault around an XML parse error), which only the HTTP
 * status of the answer tells apart from a 2xx answer the gateway cannot read:
 * <ul>
 *   <li>a status CXF does not read (4xx, 5xx other than 500): as {@link HttpFailures#forStatus};</li>
 *   <li>I/O errors and timeouts: as {@link HttpFailures#classify};</li>
 *   <li>a SOAP Fault the register sent, {@code faultcode} {@code Server}: {@link FailureKind#SOAP_FAULT};</li>
 *   <li>anything else answered with a 5xx: {@link FailureKind#SERVER_ERROR}, the register is failing;</li>
 *   <li>anything else: {@link FailureKind#MALFORMED_RESPONSE}.</li>
 * </ul>
 */
public final class SoapFailures {

    private static final String SERVER_FAULT = "Server";

    private SoapFailures() {
    }

    /** {@code httpStatus} is the status of the answer, 0 when none came. */
    public static UpstreamException classify(String system, WebServiceException failure, int httpStatus) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HTTPException http) {
                return HttpFailures.forStatus(system, http.getResponseCode(), Optional.empty(), "service");
            }
            if (cause instanceof IOException io) {
                return HttpFailures.classify(system, io);
            }
            if (cause instanceof SoapFault fault && isServerFault(fault)) {
                return new UpstreamException(system, FailureKind.SOAP_FAULT, "SOAP Fault", null, failure);
            }
        }
        if (httpStatus >= 500) {
            return new UpstreamException(system, FailureKind.SERVER_ERROR,
                    "service answered " + httpStatus + " without a SOAP Fault", null, failure);
        }
        return new UpstreamException(system, FailureKind.MALFORMED_RESPONSE, "unreadable answer", null, failure);
    }

    private static boolean isServerFault(SoapFault fault) {
        return fault.getFaultCode() != null && SERVER_FAULT.equals(fault.getFaultCode().getLocalPart());
    }
}
