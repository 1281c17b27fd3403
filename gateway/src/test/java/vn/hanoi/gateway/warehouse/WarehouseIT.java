package vn.hanoi.gateway.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Multipart;
import vn.hanoi.gateway.testing.SandboxWithTestClock;

/**
 * The warehouse over HTTP: the sandbox seed, a document stored and given back byte for byte, a file changed on
 * disk refused, and the limits (size 413, media type 415, metadata 400, entitlement 403, purpose 400).
 */
@SandboxWithTestClock
class WarehouseIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A well-formed personal id of no fixture citizen: what is stored here changes no other test's prefill. */
    private static final String OWNER = "001199000017";
    private static final int SIGNED_SAMPLE_COUNT = 6;
    private static final String[] PURPOSE = {"X-Dossier-Code", "000.00.00.H00-261128-0042", "X-Officer-Id", "can-bo-1"};

    @LocalServerPort
    int port;

    @Autowired
    DocumentFiles files;

    @Autowired
    WarehouseSettings settings;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The dossier these reads are for: the new owner's, with every seeded document's owner (signed samples' too) a party. */
    @BeforeEach
    void registerTheDossier() {
        String[] seededOwners = StreamSupport.stream(BundledFixtures.json("warehouse/documents.json").spliterator(), false)
                .map(document -> document.get("ownerId").asText()).filter(id -> id.length() == 12)
                .collect(Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new), owners -> {
                    owners.add(SignedSamples.OWNER);
                    return owners.toArray(String[]::new);
                }));
        new GatewayHttp(port).registerDossier(PURPOSE[1], OWNER, seededOwners);
    }

    @Test
    void listsTheSeededDocumentsOfAnOwnerNewestFirstWithWhetherEachIsCurrent() {
        JsonNode documents = GatewayHttp.json(get("/api/v1/documents?ownerId=001051409167", GatewayHttp.ONE_STOP_KEY));

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).path("documentId").asText()).isEqualTo("WH-003-1");
        assertThat(documents.get(0).path("validUntil").asText()).isEqualTo("2026-03-15");
        assertThat(documents.get(0).path("current").asBoolean()).isFalse();
        assertThat(documents.get(1).path("documentId").asText()).isEqualTo("WH-003-0");
        assertThat(documents.get(1).path("current").asBoolean()).isTrue();
    }

    @Test
    void servesTheSeededFixtureFilesByteForByte() throws IOException {
        for (JsonNode fixture : BundledFixtures.json("warehouse/documents.json")) {
            HttpResponse<byte[]> content = getBytes("/api/v1/documents/" + fixture.path("documentId").asText() + "/content");

            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(content.body()).isEqualTo(Files.readAllBytes(
                    BundledFixtures.root().resolve("warehouse").resolve(fixture.path("file").asText())));
        }
    }

    @Test
    void aStoredDocumentComesBackByteIdenticalWithItsSha256() throws Exception {
        byte[] pdf = pdf(50_000);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

        HttpResponse<String> created = store(metadata("MARRIAGE_CERTIFICATE", "2024-05-20", null), "application/pdf", pdf);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = GatewayHttp.json(created);
        String documentId = body.path("documentId").asText();
        assertThat(body.path("sha256").asText()).isEqualTo(sha256);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/documents/" + documentId);

        JsonNode metadata = GatewayHttp.json(get("/api/v1/documents/" + documentId, GatewayHttp.ONE_STOP_KEY));
        assertThat(metadata.path("ownerId").asText()).isEqualTo(OWNER);
        assertThat(metadata.path("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(metadata.path("sha256").asText()).isEqualTo(sha256);
        assertThat(metadata.path("validUntil").isNull()).isTrue();
        assertThat(metadata.path("current").asBoolean()).isTrue();

        HttpResponse<byte[]> content = getBytes("/api/v1/documents/" + documentId + "/content");
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(content.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(content.headers().firstValue("Repr-Digest")).contains(
                "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
        assertThat(content.headers().firstValue("X-Source-System")).contains("warehouse");

        JsonNode listed = GatewayHttp.json(get("/api/v1/documents?ownerId=" + OWNER, GatewayHttp.ONE_STOP_KEY));
        assertThat(listed.findValuesAsText("documentId")).contains(documentId);
    }

    @Test
    void recordsTheVerdictOnEachStoredFilesSignatureAndRefusesNoneForIt() throws IOException {
        byte[] good = Files.readAllBytes(SignedSamples.DIRECTORY.resolve("signed-good.pdf"));
        byte[] tampered = Files.readAllBytes(SignedSamples.DIRECTORY.resolve("signed-tampered.pdf"));

        HttpResponse<String> storedGood = store(metadata("BIRTH_CERTIFICATE", "2026-11-20", null), "application/pdf", good);
        HttpResponse<String> storedTampered = store(metadata("BIRTH_CERTIFICATE", "2026-11-20", null), "application/pdf",
                tampered);

        assertThat(storedTampered.statusCode()).as(storedTampered.body()).isEqualTo(201);
        JsonNode goodSignature = metadataOf(storedGood).path("signature");
        assertThat(goodSignature.path("verdict").asText()).isEqualTo("VALID");
        assertThat(goodSignature.path("signer").asText()).isEqualTo("UBND Phuong Ba Dinh");
        assertThat(goodSignature.path("signedAt").asText()).isEqualTo("2026-11-20T10:00:00+07:00");
        JsonNode tamperedSignature = metadataOf(storedTampered).path("signature");
        assertThat(tamperedSignature.path("verdict").asText()).isEqualTo("DIGEST_MISMATCH");
        assertThat(tamperedSignature.path("signer").isNull()).isTrue();
    }

    @Test
    void theSeededSignedSamplesCarryTheirVerdicts() {
        JsonNode documents = GatewayHttp.json(get("/api/v1/documents?ownerId=" + SignedSamples.OWNER,
                GatewayHttp.ONE_STOP_KEY));

        assertThat(documents.findValuesAsText("documentId")).hasSize(SIGNED_SAMPLE_COUNT);
        for (JsonNode document : documents) {
            String verdict = document.at("/signature/verdict").asText();
            assertThat(document.path("title").asText()).as(document.path("documentId").asText()).contains(verdict);
        }
        JsonNode expired = GatewayHttp.json(get("/api/v1/documents/WH-SIG-EXPIRED", GatewayHttp.ONE_STOP_KEY));
        assertThat(expired.at("/signature/verdict").asText()).isEqualTo("CERT_EXPIRED");
        assertThat(expired.at("/signature/signer").asText()).isEqualTo("UBND Phuong Hoan Kiem");
    }

    @Test
    void aFileChangedOnDiskIsReportedAndNeverServed() throws Exception {
        HttpResponse<String> created = store(metadata("BIRTH_CERTIFICATE", "2001-02-03", null), "application/pdf",
                pdf(2_000));
        JsonNode body = GatewayHttp.json(created);
        Path file = files.pathOf(body.path("sha256").asText());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);

        HttpResponse<byte[]> content = getBytes("/api/v1/documents/" + body.path("documentId").asText() + "/content");

        assertThat(content.statusCode()).isEqualTo(500);
        assertThat(content.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        String problem = new String(content.body(), StandardCharsets.UTF_8);
        assertThat(JSON.readTree(problem).path("code").asText()).isEqualTo("DOCUMENT_INTEGRITY_FAILED");
        assertThat(problem).doesNotContain("%PDF");
        assertThat(get("/api/v1/documents/" + body.path("documentId").asText(), GatewayHttp.ONE_STOP_KEY).statusCode())
                .isEqualTo(200);
    }

    @Test
    void refusesAFileOverTheConfiguredSize() {
        byte[] tooLarge = pdf((int) settings.maxDocumentSize().toBytes() + 1);

        HttpResponse<String> answer = store(metadata("BIRTH_CERTIFICATE", null, null), "application/pdf", tooLarge);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(GatewayHttp.json(answer).path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void refusesWhatIsNotAFileOfAnAcceptedMediaType() {
        HttpResponse<String> text = store(metadata("BIRTH_CERTIFICATE", null, null), "text/plain", "hello".getBytes());
        HttpResponse<String> notAPdf = store(metadata("BIRTH_CERTIFICATE", null, null), "application/pdf",
                "hello".getBytes());
        HttpResponse<String> notMultipart = send(HttpRequest.newBuilder(uri("/api/v1/documents"))
                .header("Content-Type", "application/json").header("X-API-Key", GatewayHttp.ONE_STOP_KEY)
                .headers(PURPOSE).POST(HttpRequest.BodyPublishers.ofString("{}")));

        for (HttpResponse<String> answer : List.of(text, notAPdf, notMultipart)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
            assertThat(GatewayHttp.json(answer).path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
    }

    @Test
    void refusesMetadataOutsideItsRulesNamingEachField() {
        ObjectNode unknownField = metadata("BIRTH_CERTIFICATE", null, null).put("secret", "x");
        ObjectNode endsBeforeItStarts = metadata("MARITAL_STATUS_CONFIRMATION", "2026-09-15", "2026-03-15");

        JsonNode unknown = GatewayHttp.json(store(unknownField, "application/pdf", pdf(100)));
        JsonNode backwards = GatewayHttp.json(store(endsBeforeItStarts, "application/pdf", pdf(100)));

        assertThat(unknown.at("/errors/0/field").asText() + " " + unknown.at("/errors/0/code").asText())
                .isEqualTo("secret UNKNOWN_FIELD");
        assertThat(backwards.at("/errors/0/field").asText() + " " + backwards.at("/errors/0/code").asText())
                .isEqualTo("validUntil INVALID_VALUE");
    }

    @Test
    void readsNeedTheWarehouseEntitlementAPurposeAndWellFormedIds() {
        assertProblem(get("/api/v1/documents/WH-000-0", "sandbox-limited-key"), 403, "FORBIDDEN");
        HttpResponse<String> noPurpose = send(HttpRequest.newBuilder(uri("/api/v1/documents/WH-000-0"))
                .header("X-API-Key", GatewayHttp.ONE_STOP_KEY).GET());
        assertThat(GatewayHttp.json(noPurpose).path("code").asText()).isEqualTo("PURPOSE_REQUIRED");
        assertThat(get("/api/v1/documents/WH-404", GatewayHttp.ONE_STOP_KEY).statusCode()).isEqualTo(404);
        JsonNode badOwner = GatewayHttp.json(get("/api/v1/documents?ownerId=12345", GatewayHttp.ONE_STOP_KEY));
        assertThat(badOwner.at("/errors/0/code").asText()).isEqualTo("INVALID_OWNER_ID");
    }

    private JsonNode metadataOf(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return GatewayHttp.json(get("/api/v1/documents/" + GatewayHttp.json(created).path("documentId").asText(),
                GatewayHttp.ONE_STOP_KEY));
    }

    private static ObjectNode metadata(String documentType, String issuedOn, String validUntil) {
        return JSON.createObjectNode().put("ownerType", "CITIZEN").put("ownerId", OWNER)
                .put("documentType", documentType).put("title", "Bản điện tử").put("issuer", "UBND xã Ứng Thiên")
                .put("issuedOn", issuedOn).put("validUntil", validUntil).put("dossierCode", PURPOSE[1]);
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
        return bytes;
    }

    private HttpResponse<String> store(JsonNode metadata, String mediaType, byte[] file) {
        Multipart body = new Multipart().field("metadata", "application/json", metadata.toString())
                .file("file", "document.bin", mediaType, file);
        return send(HttpRequest.newBuilder(uri("/api/v1/documents")).header("Content-Type", body.contentType())
                .header("X-API-Key", GatewayHttp.ONE_STOP_KEY).headers(PURPOSE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    private HttpResponse<String> get(String path, String apiKey) {
        return send(HttpRequest.newBuilder(uri(path)).header("X-API-Key", apiKey).headers(PURPOSE).GET());
    }

    private HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).header("X-API-Key", GatewayHttp.ONE_STOP_KEY)
                    .headers(PURPOSE).timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
