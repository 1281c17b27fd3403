package vn.hanoi.gateway.routes.documentaxis;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the axis's answer to a document means for its transfer ({@code document-axis.md}, "Answers"): 201 or 200 with a
 * {@code messageId} is accepted (200: a repeat of what it already took); 5xx, 429 (after its {@code Retry-After}) or no
 * answer is tried again after a backoff, and fails after {@code max-attempts}; any other 4xx fails at once with the
 * axis's {@code code} ({@code UNKNOWN_ORGAN}, {@code DUPLICATE_DOCUMENT_ID}, …). Logged by transfer id and code only.
 */
final class SendingOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(SendingOutcomes.class);

    private final TransferOutbox outbox;
    private final SendingSettings settings;
    private final IntervalFunction backoff;
    private final Clock clock;

    SendingOutcomes(TransferOutbox outbox, SendingSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.backoff = settings.backoff();
        this.clock = clock;
    }

    void answered(Exchange exchange) {
        TransferOutbox.QueuedTransfer transfer = queued(exchange);
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        JsonNode answer = AxisAnswers.read(exchange.getMessage().getBody(String.class));
        String messageId = answer.path("messageId").asText("");
        if ((status == 200 || status == 201) && !messageId.isEmpty()) {
            outbox.accepted(transfer, messageId, acceptedAt(answer.path("acceptedAt").asText("")));
            LOG.info("Transfer {} accepted by the axis ({})", transfer.transferId(), status);
        } else if (status == 429 || status >= 500 || status < 400) {
            retry(transfer, status == 429 ? "RATE_LIMITED" : "HTTP " + status,
                    retryAfter(exchange.getMessage().getHeader("Retry-After", String.class)));
        } else {
            String code = answer.path("code").asText("HTTP " + status);
            outbox.failed(transfer, code, clock.instant());
            LOG.warn("Transfer {} refused by the axis: {}", transfer.transferId(), code);
        }
    }

    void unreachable(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        retry(queued(exchange), failure == null ? "unreachable" : failure.getClass().getSimpleName(), Duration.ZERO);
    }

    /** The edXML could not be built: nothing was sent, and trying again would not help. */
    void unbuildable(TransferOutbox.QueuedTransfer transfer, RuntimeException why) {
        outbox.failed(transfer, "NOT_BUILT", clock.instant());
        LOG.warn("Transfer {} not sent: its document could not be built ({})", transfer.transferId(),
                why.getClass().getSimpleName());
    }

    private void retry(TransferOutbox.QueuedTransfer transfer, String error, Duration atLeast) {
        int attempts = transfer.attempts() + 1;
        Instant now = clock.instant();
        if (attempts >= settings.maxAttempts()) {
            outbox.failed(transfer, error, now);
            LOG.warn("Transfer {} failed after {} attempt(s): {}", transfer.transferId(), attempts, error);
            return;
        }
        Duration wait = Duration.ofMillis(backoff.apply(attempts));
        Instant next = now.plus(wait.compareTo(atLeast) >= 0 ? wait : atLeast);
        outbox.retryLater(transfer, error, next);
        LOG.info("Transfer {} not accepted ({}), attempt {} of {}, next at {}", transfer.transferId(), error, attempts,
                settings.maxAttempts(), next);
    }

    private static TransferOutbox.QueuedTransfer queued(Exchange exchange) {
        return exchange.getProperty(AxisSendingRoutes.QUEUED, TransferOutbox.QueuedTransfer.class);
    }

    private OffsetDateTime acceptedAt(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException unreadable) {
            return OffsetDateTime.now(clock);
        }
    }

    private static Duration retryAfter(String seconds) {
        try {
            return seconds == null ? Duration.ZERO : Duration.ofSeconds(Long.parseLong(seconds.strip()));
        } catch (NumberFormatException notSeconds) {
            return Duration.ZERO;
        }
    }
}
