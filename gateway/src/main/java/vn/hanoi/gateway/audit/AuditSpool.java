package vn.hanoi.gateway.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Audit records that could not be written to the database because it was out of reach, kept on local disk
 * until {@link SpoolDrain} has them in the chain: one JSON line each ({@code spool.jsonl} under
 * {@code gateway.audit.spool-dir}), with an id of its own so that a record drained twice (a crash between the
 * commit and the removal) is appended once. An append is forced to disk before it returns, so an answer given
 * on a spooled record never outlives it. The depth is the gauge {@code gateway.audit.spool.depth}.
 */
@Component
class AuditSpool {

    /** A spooled audit entry and its id. */
    record Spooled(String id, AuditEntry entry) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(AuditSpool.class);
    private static final String FILE = "spool.jsonl";

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Path directory;
    private final Path file;
    private final AtomicInteger depth = new AtomicInteger();

    AuditSpool(@Value("${gateway.audit.spool-dir}") Path directory, MeterRegistry meters) {
        this.directory = directory;
        this.file = directory.resolve(FILE);
        depth.set(read().size());
        meters.gauge("gateway.audit.spool.depth", depth);
    }

    /** Appends the entries, on disk when it returns true; false when the spool cannot be written either. */
    synchronized boolean hold(List<AuditEntry> entries) {
        StringBuilder lines = new StringBuilder();
        try {
            for (AuditEntry entry : entries) {
                lines.append(json.writeValueAsString(new Spooled(UUID.randomUUID().toString(), entry))).append('\n');
            }
            Files.createDirectories(directory);
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ)) {
                if (endsMidLine(out)) {
                    lines.insert(0, '\n');
                }
                out.position(out.size());
                ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            depth.addAndGet(entries.size());
            LOG.warn("The audit trail's database is unavailable: {} audit record(s) spooled ({} waiting)",
                    entries.size(), depth.get());
            return true;
        } catch (IOException failure) {
            LOG.error("The audit spool cannot be written either ({}: {})", failure.getClass().getName(),
                    failure.getMessage());
            return false;
        }
    }

    /**
     * The spooled records, oldest first. A last line cut short (the process died while appending it, before
     * its answer was given) is skipped.
     */
    synchronized List<Spooled> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Spooled> spooled = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    parse(line).ifPresent(spooled::add);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("the audit spool cannot be read", failure);
        }
        return spooled;
    }

    /** Removes the records with these ids (they are in the chain): the rest is rewritten and swapped in whole. */
    synchronized void remove(Set<String> ids) {
        List<Spooled> kept = read().stream().filter(spooled -> !ids.contains(spooled.id())).toList();
        try {
            if (kept.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                Path next = directory.resolve(FILE + ".next");
                StringBuilder lines = new StringBuilder();
                for (Spooled spooled : kept) {
                    lines.append(json.writeValueAsString(spooled)).append('\n');
                }
                try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    out.write(ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8)));
                    out.force(true);
                }
                Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException failure) {
            // Left in the spool: the next drain finds them in the chain already and skips them.
            throw new UncheckedIOException("the audit spool cannot be rewritten", failure);
        }
        depth.set(kept.size());
    }

    /** The spool file. */
    Path file() {
        return file;
    }

    /** Records waiting to be drained. */
    int depth() {
        return depth.get();
    }

    /** Whether an earlier append was cut short: what follows must start on a line of its own. */
    private static boolean endsMidLine(FileChannel spool) throws IOException {
        if (spool.size() == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        spool.read(last, spool.size() - 1);
        return last.get(0) != '\n';
    }

    private Optional<Spooled> parse(String line) {
        try {
            return Optional.of(json.readValue(line, Spooled.class));
        } catch (JsonProcessingException torn) {
            LOG.warn("An unreadable line in the audit spool is skipped (a write cut short by a crash)");
            return Optional.empty();
        }
    }
}
