package vn.hanoi.gateway.warehouse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code gateway.warehouse.*}: where the files live, the largest document accepted, and the media types accepted
 * (each checked against the file's first bytes where the type has a known signature).
 */
@ConfigurationProperties("gateway.warehouse")
record WarehouseSettings(Path directory, DataSize maxDocumentSize, List<String> mediaTypes) {

    WarehouseSettings {
        Objects.requireNonNull(directory, "gateway.warehouse.directory");
        Objects.requireNonNull(maxDocumentSize, "gateway.warehouse.max-document-size");
        mediaTypes = mediaTypes == null ? List.of()
                : mediaTypes.stream().map(type -> type.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
