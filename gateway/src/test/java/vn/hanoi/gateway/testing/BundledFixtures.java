package vn.hanoi.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's fixtures (what the sandbox bundles under {@code sandbox/fixtures/}), read from disk. */
public final class BundledFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BundledFixtures() {
    }

    public static Path root() {
        return Path.of("..", "fixtures");
    }

    /** Base names (without extension) of the files in a fixtures folder, sorted. */
    public static List<String> names(String folder) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .map(n -> n.substring(0, n.lastIndexOf('.'))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String relative) {
        try {
            return JSON.readTree(root().resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
