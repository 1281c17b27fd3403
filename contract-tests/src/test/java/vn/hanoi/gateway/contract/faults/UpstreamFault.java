package vn.hanoi.gateway.contract.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.UniformDistribution;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One way a national system can misbehave, as a WireMock answer in place of a good one ({@link NativeRecord})
 * to the service call (or to the token request: {@link #atTokenEndpoint}), with what the caller must get, whether the connector's breaker counts
 * it as a failure, and whether a stale copy may answer instead ({@code failures.serve-stale}).
 * Timings are relative to the matrix's deadline ({@link FaultMatrixTimings}).
 */
enum UpstreamFault {

    DELAY_JUST_UNDER_THE_DEADLINE(CallerAnswer.RECORD, false, false,
            record -> record.answer().withFixedDelay(FaultMatrixTimings.JUST_UNDER_MILLIS)),
    DELAY_PAST_THE_DEADLINE(CallerAnswer.TIMEOUT, true, true,
            record -> record.answer().withFixedDelay(FaultMatrixTimings.PAST_MILLIS)),
    RANDOM_DELAY_AROUND_THE_DEADLINE(CallerAnswer.RECORD_OR_TIMEOUT, true, true,
            record -> record.answer().withRandomDelay(new UniformDistribution(
                    FaultMatrixTimings.JUST_UNDER_MILLIS, FaultMatrixTimings.PAST_MILLIS))),
    HTTP_500(CallerAnswer.UNAVAILABLE, true, true, record -> plainText(500, "Internal Server Error")),
    HTTP_502(CallerAnswer.UNAVAILABLE, true, true, record -> plainText(502, "Bad Gateway")),
    HTTP_503(CallerAnswer.UNAVAILABLE, true, true, record -> plainText(503, "Service Unavailable")),
    HTTP_429(CallerAnswer.UNAVAILABLE, true, true, record -> plainText(429, "Too Many Requests")),
    HTTP_429_RETRY_AFTER(CallerAnswer.UNAVAILABLE_AS_LONG_AS_ASKED, true, true,
            record -> plainText(429, "Too Many Requests")
                    .withHeader("Retry-After", Long.toString(FaultMatrixTimings.ASKED_RETRY_AFTER_SECONDS))),
    CONNECTION_RESET(CallerAnswer.UNAVAILABLE, true, true,
            record -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
    NO_ANSWER_AT_ALL(CallerAnswer.UNAVAILABLE, true, true, record -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
    EMPTY_BODY(CallerAnswer.UPSTREAM_ERROR, true, true, record -> record.answer("")),
    TRUNCATED_BODY(CallerAnswer.UPSTREAM_ERROR, true, true,
            record -> record.answer(record.text().substring(0, record.text().length() / 2))),
    MALFORMED_BODY(CallerAnswer.UPSTREAM_ERROR, true, true,
            record -> record.answer(record.xml() ? "<soapenv:Envelope><soapenv:Body>&bad;<" : "{\"ma\": [1, ")),
    WRONG_SHAPE(CallerAnswer.UPSTREAM_ERROR, true, true, record -> record.answer(record.xml()
            ? "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                    + "<o:Other xmlns:o=\"urn:other\"><o:value>1</o:value></o:Other></soapenv:Body></soapenv:Envelope>"
            : "{\"status\": \"OK\", \"items\": [{\"unexpected\": true}]}")),
    /** The record padded with blanks (still a well-formed document) until it is far too long to read. */
    HUGE_BODY(CallerAnswer.UPSTREAM_ERROR, true, true, record -> aResponse().withStatus(200)
            .withHeader("Content-Type", record.contentType())
            .withBody(Huge.BODIES.computeIfAbsent(record.system(), system -> padded(record)))),
    SLOW_DRIP(CallerAnswer.TIMEOUT, true, true, record -> record.answer()
            .withChunkedDribbleDelay(FaultMatrixTimings.DRIP_CHUNKS, FaultMatrixTimings.DRIP_MILLIS)),
    TOKEN_ENDPOINT_503(CallerAnswer.UNAVAILABLE, true, true, record -> plainText(503, "Service Unavailable")),
    TOKEN_ENDPOINT_RESET(CallerAnswer.UNAVAILABLE, true, true,
            record -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    private final CallerAnswer answer;
    private final boolean countsAgainstTheBreaker;
    private final boolean staleMayServe;
    private final Function<NativeRecord, ResponseDefinitionBuilder> misbehaviour;

    UpstreamFault(CallerAnswer answer, boolean countsAgainstTheBreaker, boolean staleMayServe,
                  Function<NativeRecord, ResponseDefinitionBuilder> misbehaviour) {
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

    /** What the system answers instead of its good answer, misbehaving so. */
    ResponseDefinitionBuilder instead(NativeRecord record) {
        return misbehaviour.apply(record);
    }

    private static ResponseDefinitionBuilder plainText(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/plain; charset=utf-8").withBody(body);
    }

    /**
     * Blanks where a parser must read through them before the record ends: after the XML declaration (a
     * SOAP client stops reading after the envelope), after the JSON object (a JSON reader reads to the end).
     */
    private static byte[] padded(NativeRecord record) {
        String text = record.text();
        String blanks = " ".repeat(FaultMatrixTimings.HUGE_BODY_BYTES);
        int at = !record.xml() ? text.length() : text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
        return (text.substring(0, at) + blanks + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** Each system's huge answer, built once: the tests ask for it more than once, and it is large. */
    private static final class Huge {
        static final Map<String, byte[]> BODIES = new ConcurrentHashMap<>();
    }

}
