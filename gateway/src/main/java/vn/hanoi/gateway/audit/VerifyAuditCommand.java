package vn.hanoi.gateway.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar gateway.jar verify-audit <export.json> --public-key <file or base64> [--checkpoints <file>]…}:
 * checks an exported audit trail ({@link TrailExport}) without the database and without starting the gateway,
 * and names the first record that does not hold. {@code --checkpoints} adds checkpoints an auditor kept from
 * earlier (the JSON array {@code GET /api/v1/audit/checkpoints} answers), so that a trail rewritten together
 * with the checkpoints in its database still fails. Exit status 0: the trail holds; 1: it does not; 2: usage or
 * unreadable input.
 */
public final class VerifyAuditCommand {

    public static final String NAME = "verify-audit";
    private static final String USAGE = "usage: " + NAME + " <export.json> --public-key <file or base64> [--checkpoints <file>]...";

    private VerifyAuditCommand() {
    }

    public static int run(List<String> args, PrintStream out) {
        Path export = null;
        PublicKey key = null;
        List<AuditCheckpoint> retained = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--public-key" -> key = CheckpointKeys.publicKey(textOrFile(valueAfter(args, i++)));
                    case "--checkpoints" -> retained.addAll(readCheckpoints(Path.of(valueAfter(args, i++))));
                    default -> export = Path.of(args.get(i));
                }
            }
            if (export == null || key == null) {
                out.println(USAGE);
                return 2;
            }
            ChainWalk.Verdict verdict;
            try (InputStream in = Files.newInputStream(export)) {
                verdict = TrailExport.verify(in, key, retained);
            }
            out.println(describe(verdict));
            return verdict.valid() ? 0 : 1;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            out.println("cannot verify: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
    }

    static String describe(ChainWalk.Verdict verdict) {
        String checked = verdict.records() + " records, " + verdict.checkpoints() + " signed checkpoints"
                + (verdict.lastCheckpointAt() == null ? "" : " (the last at record " + verdict.lastCheckpointAt() + ")");
        return verdict.valid()
                ? "VALID: " + checked
                : "BROKEN at record " + verdict.firstBrokenAt() + ": " + verdict.reason() + " (" + checked + ")";
    }

    private static String valueAfter(List<String> args, int i) {
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(args.get(i) + " needs a value");
        }
        return args.get(i + 1);
    }

    private static String textOrFile(String value) throws IOException {
        Path path = Path.of(value);
        return Files.isRegularFile(path) ? Files.readString(path) : value;
    }

    private static List<AuditCheckpoint> readCheckpoints(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TrailExport.readCheckpoints(in);
        }
    }
}
