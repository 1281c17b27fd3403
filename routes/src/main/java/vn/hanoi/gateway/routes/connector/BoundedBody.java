package vn.hanoi.gateway.routes.connector;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.springframework.util.unit.DataSize;

/**
 * Upstream answers read into memory up to a limit ({@code max-response-size}): an answer that grows past
 * it is abandoned (its subscription cancelled, so its connection is closed) and the call fails as
 * {@link FailureKind#MALFORMED_RESPONSE}. Which failure the HTTP client reports for an abandoned answer
 * depends on the protocol (HTTP/2 says "stream cancelled"), so each body remembers that it overflowed.
 * A byte-order mark before the answer is dropped here, once for every register: the contracts allow one
 * ({@code docs/contracts/README.md}), and a JSON parser reading the decoded text would refuse it.
 */
final class BoundedBody implements HttpResponse.BodyHandler<String> {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final long maxBytes;
    private final Charset charset;
    private volatile boolean overflowed;

    /** @param charset the body's charset whatever its {@code Content-Type} says, or {@code null} to follow it */
    BoundedBody(DataSize max, Charset charset) {
        this.maxBytes = max.toBytes();
        this.charset = charset;
    }

    @Override
    public HttpResponse.BodySubscriber<String> apply(HttpResponse.ResponseInfo answer) {
        Charset decoding = charset != null ? charset : charsetOf(answer.headers());
        return HttpResponse.BodySubscribers.mapping(new Bytes(),
                bytes -> withoutByteOrderMark(new String(bytes, decoding)));
    }

    /** The JDK's decoders keep a leading U+FEFF as a character; a parser given the text would refuse it. */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    /** Whether the answer was longer than the limit, and so abandoned. */
    boolean overflowed() {
        return overflowed;
    }

    private static Charset charsetOf(HttpHeaders headers) {
        String type = headers.firstValue("Content-Type").orElse("");
        for (String parameter : type.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                try {
                    return Charset.forName(pair[1].strip().replace("\"", ""));
                } catch (IllegalArgumentException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Collects the body's bytes, and gives up on the answer as soon as it is longer than the limit. */
    private final class Bytes implements HttpResponse.BodySubscriber<byte[]> {

        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (received.size() + (long) buffer.remaining() > maxBytes) {
                    overflowed = true;
                    body.completeExceptionally(new ResponseTooLarge(maxBytes));
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                received.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(received.toByteArray());
        }
    }
}
