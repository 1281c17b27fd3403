package vn.hanoi.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Example answers for the OpenAPI document, read from the canonical fixtures bundled under {@code openapi/examples/}. */
@Component
class Examples {

    private static final String ROOT = "openapi/examples/";

    private final ObjectMapper json;

    Examples(ObjectMapper json) {
        this.json = json;
    }

    /** The fixture as a JSON value, or empty when it is not bundled. */
    Optional<Object> fixture(String relative) {
        ClassPathResource resource = new ClassPathResource(ROOT + relative);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(json.readValue(in, Object.class));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
