package vn.hanoi.gateway.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import vn.hanoi.gateway.correlation.CorrelationIdFilter;

/**
 * Requests that Tomcat refuses before any servlet sees them (an encoded slash or NUL in the path, a
 * malformed URI) would get Tomcat's HTML error page. This valve answers them as problem+json instead.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorCode code = ErrorCodes.forStatus(status);
        String correlationId = correlationId(request);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader(CorrelationIdFilter.HEADER, correlationId);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + code.type() + "\",\"title\":\"" + code.title() + "\",\"status\":" + status
                        + ",\"detail\":\"" + ErrorCodes.detailFor(code) + "\",\"instance\":\"/\",\"code\":\""
                        + code.name() + "\",\"correlationId\":\"" + correlationId + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client has gone or the response is committed: nothing more can be said.
        }
    }

    private static String correlationId(Request request) {
        String sent = request.getHeader(CorrelationIdFilter.HEADER);
        return sent != null && WELL_FORMED_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
