package vn.hanoi.gateway.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Content-addressed files: stored once under their SHA-256, given back only while they still match it. */
class DocumentFilesTest {

    private static final byte[] PDF = "%PDF-1.4 a digitised birth certificate".getBytes();

    @TempDir
    Path directory;

    @Test
    void storesUnderItsSha256AndGivesTheSameBytesBack() throws Exception {
        DocumentFiles files = files();

        DocumentFiles.Stored stored = files.store(new ByteArrayInputStream(PDF), 1024);

        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(stored.size()).isEqualTo(PDF.length);
        assertThat(files.pathOf(stored.sha256())).startsWith(directory.resolve("sha256").resolve(stored.sha256().substring(0, 2)));
        assertThat(files.verified(stored.sha256(), stored.size())).isEqualTo(PDF);
        try (var incoming = Files.list(directory.resolve("incoming"))) {
            assertThat(incoming).isEmpty();
        }
    }

    @Test
    void refusesToGiveBackAFileWithOneByteChanged() throws Exception {
        DocumentFiles files = files();
        DocumentFiles.Stored stored = files.store(new ByteArrayInputStream(PDF), 1024);
        flipLastByte(files.pathOf(stored.sha256()));

        assertThatThrownBy(() -> files.verified(stored.sha256(), stored.size()))
                .isInstanceOf(DocumentFiles.IntegrityFailure.class);
    }

    @Test
    void refusesAFileThatIsGone() throws Exception {
        DocumentFiles files = files();
        DocumentFiles.Stored stored = files.store(new ByteArrayInputStream(PDF), 1024);
        Files.delete(files.pathOf(stored.sha256()));

        assertThatThrownBy(() -> files.verified(stored.sha256(), stored.size()))
                .isInstanceOf(DocumentFiles.IntegrityFailure.class);
    }

    @Test
    void storingTheSameContentAgainRepairsADamagedCopy() throws Exception {
        DocumentFiles files = files();
        DocumentFiles.Stored stored = files.store(new ByteArrayInputStream(PDF), 1024);
        flipLastByte(files.pathOf(stored.sha256()));

        files.store(new ByteArrayInputStream(PDF), 1024);

        assertThat(files.verified(stored.sha256(), stored.size())).isEqualTo(PDF);
    }

    @Test
    void keepsNothingOfAFileOverTheLimit() throws Exception {
        DocumentFiles files = files();

        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(PDF), PDF.length - 1))
                .isInstanceOf(DocumentFiles.TooLarge.class);
        try (var stored = Files.walk(directory)) {
            assertThat(stored.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private DocumentFiles files() {
        return new DocumentFiles(new WarehouseSettings(directory, DataSize.ofKilobytes(1), List.of("application/pdf")));
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x01;
        Files.write(file, bytes);
    }
}
