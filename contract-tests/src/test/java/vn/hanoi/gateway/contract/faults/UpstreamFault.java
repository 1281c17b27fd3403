package vn.hanoi.gateway.contract.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.UniformDistribution;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.hanoi.gateway.contract.Register;

/**
 * One way a national system can misbehave, as a WireMock answer to the service call (or to the token
 * request: {@link #atTokenEndpoint}), with what the caller must get, whether the connector's breaker counts
 * it as a failure, and whether a stale copy may answer instead ({@code failures.serve-stale}).
 * Timings are relative to the matrix's deadline ({@link FaultMatrixTimings}).
 */
enum UpstreamFault {

    DELAY_JUST_UNDER_THE_DEADLINE(CallerAnswer.RECORD, false, false,
            register -> register.fixtureAnswer(register.found()).withFixedDelay(FaultMatrixTimings.JUST_UNDER_MILLIS)),
    DELAY_PAST_THE_DEADLINE(CallerAnswer.TIMEOUT, true, true,
            register -> register.fixtureAnswer(register.found()).withFixedDelay(FaultMatrixTimings.PAST_MILLIS)),
    RANDOM_DELAY_AROUND_THE_DEADLINE(CallerAnswer.RECORD_OR_TIMEOUT, true, true,
            register -> register.fixtureAnswer(register.found()).withRandomDelay(new UniformDistribution(
                    FaultMatrixTimings.JUST_UNDER_MILLIS, FaultMatrixTimings.PAST_MILLIS))),
    HTTP_500(CallerAnswer.UNAVAILABLE, true, true, register -> plainText(500, "Internal Server Error")),
    HTTP_502(CallerAnswer.UNAVAILABLE, true, true, register -> plainText(502, "Bad Gateway")),
    HTTP_503(CallerAnswer.UNAVAILABLE, true, true, register -> plainText(503, "Service Unavailable")),
    HTTP_429(CallerAnswer.UNAVAILABLE, true, true, register -> plainText(429, "Too Many Requests")),
    HTTP_429_RETRY_AFTER(CallerAnswer.UNAVAILABLE_AS_LONG_AS_ASKED, true, true,
            register -> plainText(429, "Too Many Requests")
                    .withHeader("Retry-After", Long.toString(FaultMatrixTimings.ASKED_RETRY_AFTER_SECONDS))),
    CONNECTION_RESET(CallerAnswer.UNAVAILABLE, true, true,
            register -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
    NO_ANSWER_AT_ALL(CallerAnswer.UNAVAILABLE, true, true, register -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
    EMPTY_BODY(CallerAnswer.UPSTREAM_ERROR, true, true, register -> native200(register, "")),
    TRUNCATED_BODY(CallerAnswer.UPSTREAM_ERROR, true, true, register -> {
        String whole = register.fixtureText(register.found());
        return native200(register, whole.substring(0, whole.length() / 2));
    }),
    MALFORMED_BODY(CallerAnswer.UPSTREAM_ERROR, true, true,
            register -> native200(register, register.speaksXml() ? "<soapenv:Envelope><soapenv:Body>&bad;<" : "{\"ma\": [1, ")),
    WRONG_SHAPE(CallerAnswer.UPSTREAM_ERROR, true, true, register -> native200(register, register.speaksXml()
            ? "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                    + "<o:Other xmlns:o=\"urn:other\"><o:value>1</o:value></o:Other></soapenv:Body></soapenv:Envelope>"
            : "{\"status\": \"OK\", \"items\": [{\"unexpected\": true}]}")),
    /** The record padded with blanks (still a well-formed document) until it is far too long to read. */
    HUGE_BODY(CallerAnswer.UPSTREAM_ERROR, true, true, register -> aResponse().withStatus(200)
            .withHeader("Content-Type", register.nativeContentType())
            .withBody(Huge.BODIES.computeIfAbsent(register.system(), system -> padded(register)))),
    SLOW_DRIP(CallerAnswer.TIMEOUT, true, true, register -> register.fixtureAnswer(register.found())
            .withChunkedDribbleDelay(FaultMatrixTimings.DRIP_CHUNKS, FaultMatrixTimings.DRIP_MILLIS)),
    TOKEN_ENDPOINT_503(CallerAnswer.UNAVAILABLE, true, true, register -> plainText(503, "Service Unavailable")),
    TOKEN_ENDPOINT_RESET(CallerAnswer.UNAVAILABLE, true, true,
            register -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    private final CallerAnswer answer;
    private final boolean countsAgainstTheBreaker;
    private final boolean staleMayServe;
    private final Function<Register, ResponseDefinitionBuilder> misbehaviour;

    UpstreamFault(CallerAnswer answer, boolean countsAgainstTheBreaker, boolean staleMayServe,
                  Function<Register, ResponseDefinitionBuilder> misbehaviour) {
        this.answer = answer;
        this.countsAgainstTheBreaker = countsAgainstTheBreaker;
        this.staleMayServe = staleMayServe;
        this.misbehaviour = misbehaviour;
    }

    CallerAnswer answer() {
        return answer;
    }

    boolean countsAgainstTheBreaker() {
        return countsAgainstTheBreaker;
    }

    boolean staleMayServe() {
        return staleMayServe;
    }

    /** Whether the fault is the token endpoint's (the service call is then refused once, to need a new token). */
    boolean atTokenEndpoint() {
        return name().startsWith("TOKEN_");
    }

    /** What the register answers, misbehaving so. */
    ResponseDefinitionBuilder answerOf(Register register) {
        return misbehaviour.apply(register);
    }

    private static ResponseDefinitionBuilder plainText(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/plain; charset=utf-8").withBody(body);
    }

    /**
     * Blanks where a parser must read through them before the record ends: after the XML declaration (a
     * SOAP client stops reading after the envelope), after the JSON object (a JSON reader reads to the end).
     */
    private static byte[] padded(Register register) {
        String record = register.fixtureText(register.found());
        String blanks = " ".repeat(FaultMatrixTimings.HUGE_BODY_BYTES);
        int at = !register.speaksXml() ? record.length() : record.startsWith("<?xml") ? record.indexOf("?>") + 2 : 0;
        return (record.substring(0, at) + blanks + record.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Each register's huge answer, built once: the matrix asks for it twice, and it is large. */
    private static final class Huge {
        static final Map<String, byte[]> BODIES = new ConcurrentHashMap<>();
    }

    private static ResponseDefinitionBuilder native200(Register register, String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", register.nativeContentType()).withBody(body);
    }
}
