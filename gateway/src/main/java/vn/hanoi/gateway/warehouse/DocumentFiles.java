package vn.hanoi.gateway.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The warehouse's files on a local disk, content-addressed: a file is {@code <directory>/sha256/<ab>/<sha256>},
 * written to {@code incoming/} first and moved into place atomically, so a reader never sees half a file. The
 * same content is held once. Reading checks size and SHA-256 before any byte leaves. Directories are made on the
 * first store.
 */
@Component
class DocumentFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path objects;
    private final Path incoming;

    DocumentFiles(WarehouseSettings settings) {
        Path root = settings.directory().toAbsolutePath().normalize();
        this.objects = root.resolve("sha256");
        this.incoming = root.resolve("incoming");
    }

    /** What was stored: its SHA-256 (hex) and size. */
    record Stored(String sha256, long size) {
    }

    /** A read that found the file missing, or its bytes not those recorded. */
    static final class IntegrityFailure extends Exception {
        IntegrityFailure(String what) {
            super(what, null, false, false);
        }
    }

    /** A file larger than allowed: nothing is kept. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super("over the limit", null, false, false);
        }
    }

    /** Stores at most {@code maxBytes} of {@code content}. */
    Stored store(InputStream content, long maxBytes) throws IOException, TooLarge {
        Files.createDirectories(incoming);
        Path part = incoming.resolve(UUID.randomUUID() + ".part");
        try {
            MessageDigest digest = sha256();
            long size = copy(content, part, digest, maxBytes);
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash);
            if (!holds(hash, size)) {
                Files.createDirectories(target.getParent());
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Stored(hash, size);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The file's bytes, only if they are exactly the {@code size} bytes whose SHA-256 is {@code sha256}. */
    byte[] verified(String sha256, long size) throws IntegrityFailure {
        Path file = pathOf(sha256);
        byte[] bytes;
        try {
            if (Files.size(file) != size) {
                throw new IntegrityFailure("size differs");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new IntegrityFailure("file missing or unreadable");
        }
        if (bytes.length != size || !HexFormat.of().formatHex(sha256().digest(bytes)).equals(sha256)) {
            throw new IntegrityFailure("SHA-256 differs");
        }
        return bytes;
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex");
        }
        return objects.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Whether the intact file is in place already (a damaged one is replaced by the new copy). */
    private boolean holds(String sha256, long size) {
        try {
            verified(sha256, size);
            return true;
        } catch (IntegrityFailure absentOrDamaged) {
            return false;
        }
    }

    private static long copy(InputStream content, Path part, MessageDigest digest, long maxBytes)
            throws IOException, TooLarge {
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(part)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
