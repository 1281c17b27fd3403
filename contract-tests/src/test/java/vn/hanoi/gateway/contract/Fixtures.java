package vn.hanoi.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The shared fixtures, on this module's test classpath under {@code fixtures/}: what each national
 * system sends ({@code <system>/native/}) and what the gateway must answer ({@code <system>/canonical/}).
 */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    private Fixtures() {
    }

    /** The names (without extension) of the files in {@code fixtures/<folder>/}, sorted. */
    public static List<String> names(String folder, String extension) {
        try {
            Resource[] found = RESOLVER.getResources("classpath*:fixtures/" + folder + "/*." + extension);
            return Arrays.stream(found)
                    .map(Resource::getFilename)
                    .map(name -> name.substring(0, name.length() - extension.length() - 1))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public static String text(String path) {
        try (InputStream in = RESOLVER.getResource("classpath:fixtures/" + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public static JsonNode json(String path) {
        try {
            return JSON.readTree(text(path));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
