package vn.hanoi.gateway.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;

/** The sandbox's signed samples are what {@link SignedSamples} makes, byte for byte, and each gets its verdict. */
class SignedSamplesTest {

    private static final Clock LATER = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** Made once: four RSA keys from seeded generators take a while. */
    private static final SignedSamples GENERATOR = new SignedSamples();

    @BeforeAll
    static void rewriteWhenAsked() throws IOException {
        if (Boolean.getBoolean("signed-samples.write")) {
            GENERATOR.write(SignedSamples.DIRECTORY);
        }
    }

    @Test
    void theCommittedSamplesAreExactlyWhatTheGeneratorMakes() throws IOException {
        Map<String, byte[]> generated = GENERATOR.files();
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            assertThat(Files.readAllBytes(SignedSamples.DIRECTORY.resolve(file.getKey())))
                    .as(file.getKey() + " (regenerate with -Dsigned-samples.write=true)").isEqualTo(file.getValue());
        }
    }

    @Test
    void eachSampleGetsItsExpectedVerdict() throws IOException {
        for (SignedSamples.Sample sample : GENERATOR.samples()) {
            byte[] committed = Files.readAllBytes(SignedSamples.DIRECTORY.resolve(sample.file()));
            assertThat(sandbox().check("application/pdf", committed).verdict()).as(sample.file())
                    .isEqualTo(sample.expected());
        }
    }

    @Test
    void aValidSignatureNamesItsSignerAndTheCmsSigningTime() throws IOException {
        SignatureCheck check = sandbox().check("application/pdf", committed("signed-good.pdf"));

        assertThat(check.verdict()).isEqualTo(SignatureVerdict.VALID);
        assertThat(check.signer()).isEqualTo("UBND Phuong Ba Dinh");
        assertThat(check.signedAt().toInstant()).isEqualTo(SignedSamples.SIGNED_AT);
        assertThat(check.signedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    }

    @Test
    void anExpiredSignersCheckStillNamesTheSigner() throws IOException {
        SignatureCheck check = sandbox().check("application/pdf", committed("signed-expired.pdf"));

        assertThat(check.verdict()).isEqualTo(SignatureVerdict.CERT_EXPIRED);
        assertThat(check.signer()).isEqualTo("UBND Phuong Hoan Kiem");
    }

    @Test
    void withoutTrustAnchorsNoSignatureIsValid() throws IOException {
        SignatureVerifier noAnchors = new SignatureVerifier(new SignatureSettings(null), LATER);

        assertThat(noAnchors.check("application/pdf", committed("signed-good.pdf")).verdict())
                .isEqualTo(SignatureVerdict.UNTRUSTED);
    }

    @Test
    void anImageOrAnUnreadablePdfIsNotPdf() {
        assertThat(sandbox().check("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}).verdict())
                .isEqualTo(SignatureVerdict.NOT_PDF);
        assertThat(sandbox().check("application/pdf", "%PDF-1.7 nothing else".getBytes(StandardCharsets.US_ASCII))
                .verdict()).isEqualTo(SignatureVerdict.NOT_PDF);
    }

    @Test
    void theWarehouseFixturesAreUnsigned() throws IOException {
        byte[] fixture = Files.readAllBytes(Path.of("../fixtures/warehouse/files/WH-000-0.pdf"));

        SignatureCheck check = sandbox().check("application/pdf", fixture);

        assertThat(check).isEqualTo(new SignatureCheck(SignatureVerdict.UNSIGNED, null, null));
    }

    @Test
    void aByteRangeMustLeaveOutExactlyTheContentsString() {
        byte[] file = "abc<0A1b>def".getBytes(StandardCharsets.US_ASCII);

        assertThat(SignatureVerifier.coversAllButContents(new int[] {0, 3, 9, 3}, file)).isTrue();
        assertThat(SignatureVerifier.coversAllButContents(new int[] {0, 3, 9, 2}, file)).as("short of the end")
                .isFalse();
        assertThat(SignatureVerifier.coversAllButContents(new int[] {0, 2, 9, 3}, file)).as("gap not the string")
                .isFalse();
        assertThat(SignatureVerifier.coversAllButContents(new int[] {1, 3, 9, 3}, file)).as("not from the start")
                .isFalse();
    }

    private static SignatureVerifier sandbox() {
        return new SignatureVerifier(new SignatureSettings(
                List.of(new FileSystemResource(SignedSamples.DIRECTORY.resolve("sandbox-ca.pem")))), LATER);
    }

    private static byte[] committed(String file) throws IOException {
        return Files.readAllBytes(SignedSamples.DIRECTORY.resolve(file));
    }
}
