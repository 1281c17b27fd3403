package vn.hanoi.gateway.input;

import java.util.Comparator;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be ({@code gateway.input}): {@code max-body-size} everywhere, or for paths
 * under a prefix in {@code max-body-size-by-path} (e.g. {@code "[/api/v1/documents]": 20MB}), the longest
 * prefix winning.
 */
@ConfigurationProperties("gateway.input")
record BodyLimits(@DefaultValue("64KB") DataSize maxBodySize, Map<String, DataSize> maxBodySizeByPath) {

    BodyLimits {
        maxBodySizeByPath = maxBodySizeByPath == null ? Map.of() : Map.copyOf(maxBodySizeByPath);
    }

    long bytesFor(String path) {
        return maxBodySizeByPath.entrySet().stream()
                .filter(limit -> path.startsWith(limit.getKey()))
                .max(Comparator.comparingInt(limit -> limit.getKey().length()))
                .map(limit -> limit.getValue().toBytes())
                .orElse(maxBodySize.toBytes());
    }
}
