package vn.hanoi.gateway.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The fixtures bundled in the jar under {@code sandbox/fixtures/}, read by name (works inside a jar too). */
final class SandboxFixtures {

    private static final String ROOT = "sandbox/fixtures/";

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /** File base name (without extension) → content, for every file matching {@code folder/*.extension}. */
    Map<String, String> all(String folder, String extension) {
        try {
            Resource[] found = resolver.getResources("classpath*:" + ROOT + folder + "/*." + extension);
            Map<String, String> byName = new LinkedHashMap<>();
            Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).forEach(resource -> {
                String name = resource.getFilename();
                byName.put(name.substring(0, name.length() - extension.length() - 1), read(resource));
            });
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String one(String path) {
        return read(resolver.getResource("classpath:" + ROOT + path));
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
