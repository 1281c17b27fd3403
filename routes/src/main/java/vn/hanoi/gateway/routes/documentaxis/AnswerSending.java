package vn.hanoi.gateway.routes.documentaxis;

import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the answers that are due ({@code POST /edxml/v1/messages}, one status each, through the authenticated call
 * route): 201 or 200 (already accepted: the axis is idempotent on a status) is sent; 5xx, 429 or no answer leaves it
 * due again; any other refusal is given up with the axis's code (a person sees it with the decision).
 */
final class AnswerSending {

    static final String MESSAGES = "/edxml/v1/messages";
    private static final Logger LOG = LoggerFactory.getLogger(AnswerSending.class);

    private final ProducerTemplate producer;
    private final InboxAnswers answers;
    private final Clock clock;

    AnswerSending(ProducerTemplate producer, InboxAnswers answers, Clock clock) {
        this.producer = producer;
        this.answers = answers;
        this.clock = clock;
    }

    /** Returns how many answers the axis accepted. */
    int sendDue() {
        int sent = 0;
        for (InboxAnswers.PendingAnswer answer : answers.due(clock.instant())) {
            if (send(answer)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(InboxAnswers.PendingAnswer answer) {
        Exchange call = producer.send(AxisCallRoute.ENDPOINT,
                exchange -> exchange.getMessage().setBody(AxisRequest.postXml(MESSAGES, answer.edxml())));
        if (call.getException() != null) {
            answers.failed(answer.entryId(), call.getException().getClass().getSimpleName(), true, clock.instant());
            return false;
        }
        int status = call.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status == 200 || status == 201) {
            answers.sent(answer.entryId(), clock.instant());
            return true;
        }
        String code = AxisAnswers.code(call.getMessage().getBody(String.class));
        boolean retry = status >= 500 || status == 429 || status == 401;
        answers.failed(answer.entryId(), "HTTP " + status + (code.isEmpty() ? "" : " " + code), retry, clock.instant());
        LOG.warn("Answer to inbox entry {} not accepted by the axis: {} {}", answer.entryId(), status, code);
        return false;
    }
}
