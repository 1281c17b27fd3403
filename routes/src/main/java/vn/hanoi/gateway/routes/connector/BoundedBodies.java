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
 * it is abandoned (its subscription cancelled, so its connection is closed) and the call fails with
 * {@link ResponseTooLarge}, which {@link HttpFailures} classifies as an answer the gateway cannot use.
 */
public final class BoundedBodies {

    private BoundedBodies() {
    }

    /** The body as text, in the charset its {@code Content-Type} names (UTF-8 when none). */
    public static HttpResponse.BodyHandler<String> ofString(DataSize max) {
        return answer -> HttpResponse.BodySubscribers.mapping(new Bytes(max.toBytes()),
                bytes -> new String(bytes, charsetOf(answer.headers())));
    }

    /** The body as text in {@code charset}, whatever its {@code Content-Type} says. */
    public static HttpResponse.BodyHandler<String> ofString(DataSize max, Charset charset) {
        return answer -> HttpResponse.BodySubscribers.mapping(new Bytes(max.toBytes()),
                bytes -> new String(bytes, charset));
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
    private static final class Bytes implements HttpResponse.BodySubscriber<byte[]> {

        private final long maxBytes;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Bytes(long maxBytes) {
            this.maxBytes = maxBytes;
        }

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
                    subscription.cancel();
                    body.completeExceptionally(new ResponseTooLarge(maxBytes));
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
