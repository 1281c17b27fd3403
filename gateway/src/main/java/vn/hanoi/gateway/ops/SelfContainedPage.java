package vn.hanoi.gateway.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A self-contained HTML page of the gateway (the ops dashboard, the indicators page): read once from the class
 * path and served with a strict Content-Security-Policy ({@link PagePolicy}), no caching, no framing. Such a page
 * holds no data; its script asks for a key and reads the API with it.
 */
public final class SelfContainedPage {

    private final byte[] html;
    private final String policy;

    public SelfContainedPage(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            html = in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + resource, unreadable);
        }
        policy = PagePolicy.forPage(new String(html, StandardCharsets.UTF_8));
    }

    public ResponseEntity<byte[]> response() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", policy)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }
}
