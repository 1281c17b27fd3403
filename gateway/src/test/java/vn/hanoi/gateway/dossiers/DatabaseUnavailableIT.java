package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hanoi.gateway.dossiers.DossierRequests.code;
import static vn.hanoi.gateway.dossiers.DossierRequests.dossier;
import static vn.hanoi.gateway.dossiers.DossierRequests.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Multipart;
import vn.hanoi.gateway.testing.TestPostgres;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/**
 * The gateway's PostgreSQL gone for {@link #OUTAGE} (cut at a proxy in front of it, the shared server untouched):
 * a cached record still answers 200, its audit record spooled on disk; every write answers 503
 * {@code STORE_UNAVAILABLE} with {@code Retry-After}, quickly, and leaves nothing behind. When the database is
 * back, without a restart: the refused writes had not happened and succeed when repeated, the spool drains into
 * a chain that still verifies, and the outbox delivers.
 */
@Requires(Service.POSTGRES)
class DatabaseUnavailableIT {

    /** How long the database is gone: the 30 seconds. */
    static final Duration OUTAGE = Duration.ofSeconds(30);
    /** What "quickly" means on a loaded test machine: Hikari gives up after 2 s. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(10);
    private static final String CITIZEN = "001305885451";
    private static final String DOCUMENT_OWNER = "001199000017";
    private static final String AUDITOR_KEY = "sandbox-auditor-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private TestPostgres.Proxied database;
    private ConfigurableApplicationContext gateway;
    private GatewayHttp http;
    private DossierRequests dossiers;

    @BeforeEach
    void start() {
        database = TestPostgres.throughProxy(TestPostgres.newSchema());
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--gateway.data-dir=" + data,
                "--gateway.audit.drain-interval=500ms",
                "--gateway.dossiers.outbox.poll-interval=200ms",
                "--gateway.intake.enabled=false",
                "--gateway.catalogue.enabled=false"));
        database.properties().forEach((key, value) -> args.add("--" + key + "=" + value));
        gateway = new SpringApplicationBuilder(GatewayApplication.class).run(args.toArray(String[]::new));
        http = new GatewayHttp(gateway.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        dossiers = new DossierRequests(http);
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        database.proxy().close();
    }

    @Test
    void cachedLookupsAnswerWritesAre503AndNothingIsLostOrHalfWrittenOnceTheDatabaseIsBack() {
        String counted = code(300);
        String refused = code(301);
        HttpResponse<String> warm = http.getAsOneStopShopUntil("/api/v1/citizens/" + CITIZEN,
                answer -> answer.statusCode() == 200, 5);
        assertThat(warm.statusCode()).as("the record cached before the outage: %s", warm.body()).isEqualTo(200);
        ObjectNode withTheDocumentsOwner = dossier(counted);
        withTheDocumentsOwner.putArray("parties").addObject().put("type", "CITIZEN").put("id", DOCUMENT_OWNER)
                .put("role", "the uploaded documents' owner");
        assertThat(dossiers.register(withTheDocumentsOwner).statusCode()).isEqualTo(202);
        long auditedBefore = verify().get("records").asLong();

        database.proxy().cut();
        long outageEnds = System.nanoTime() + OUTAGE.toNanos();
        List<String> spooledLookups = new ArrayList<>();
        int rounds = 0;
        do {
            String title = "outage-" + rounds;
            HttpResponse<String> lookup = timed(() -> http.getAsOneStopShop("/api/v1/citizens/" + CITIZEN));
            assertThat(lookup.statusCode()).as("round %d: %s", rounds, lookup.body()).isEqualTo(200);
            assertThat(lookup.headers().firstValue("X-Cache")).contains("HIT");
            spooledLookups.add(lookup.headers().firstValue("X-Correlation-Id").orElseThrow());

            assertStoreUnavailable(timed(() -> dossiers.register(dossier(refused))));
            assertStoreUnavailable(timed(() -> dossiers.progress(counted, progress("ACCEPTED", 5))));
            assertStoreUnavailable(timed(() -> upload(title, counted)));
            assertStoreUnavailable(timed(() -> http.getAsOneStopShop("/api/v1/dossiers/" + counted)));
            rounds++;
            pause(Duration.ofSeconds(3));
        } while (System.nanoTime() < outageEnds);
        assertThat(spoolDepth()).as("one spooled record per lookup and upload at least")
                .isGreaterThanOrEqualTo(2L * rounds);

        database.proxy().restore();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.getAsOneStopShop("/api/v1/dossiers/" + refused).statusCode() != 503);
        assertThat(http.getAsOneStopShop("/api/v1/dossiers/" + refused).statusCode())
                .as("a refused registration did not happen").isEqualTo(404);
        assertThat(dossiers.view(counted).get("history")).as("a refused progress update did not happen").hasSize(1);
        assertThat(documentTitles()).as("a refused upload did not happen").noneMatch(title -> title.startsWith("outage-"));

        assertThat(dossiers.register(dossier(refused)).statusCode()).isEqualTo(202);
        assertThat(dossiers.progress(counted, progress("ACCEPTED", 5)).statusCode()).isEqualTo(202);
        assertThat(upload("after-the-outage", counted).statusCode()).isEqualTo(201);
        assertThat(documentTitles()).containsOnlyOnce("after-the-outage");

        await().atMost(Duration.ofSeconds(30)).until(() -> spoolDepth() == 0);
        JsonNode chain = verify();
        assertThat(chain.get("valid").asBoolean()).isTrue();
        assertThat(chain.get("records").asLong()).isGreaterThanOrEqualTo(auditedBefore + 2L * rounds);
        assertThat(accessesOf(CITIZEN)).as("every lookup answered in the outage is in the subject's trail, once")
                .containsAll(spooledLookups).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(dossiers.view(counted).at("/sync/state").asText()).isEqualTo("SYNCED");
            assertThat(dossiers.view(refused).at("/sync/state").asText()).isEqualTo("SYNCED");
        });
    }

    private static void assertStoreUnavailable(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(GatewayHttp.json(answer).get("code").asText()).isEqualTo("STORE_UNAVAILABLE");
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
    }

    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> call) {
        long started = System.nanoTime();
        HttpResponse<String> answer = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered without a long stall")
                .isLessThan(ANSWER_BOUND);
        return answer;
    }

    private HttpResponse<String> upload(String title, String dossierCode) {
        String metadata = JSON.createObjectNode().put("ownerType", "CITIZEN").put("ownerId", DOCUMENT_OWNER)
                .put("documentType", "MARRIAGE_CERTIFICATE").put("title", title).put("issuer", "UBND xã Ứng Thiên")
                .put("issuedOn", "2024-05-20").putNull("validUntil").put("dossierCode", dossierCode).toString();
        Multipart body = new Multipart().field("metadata", "application/json", metadata)
                .file("file", "document.pdf", "application/pdf", ("%PDF-1.7\n" + title).getBytes(StandardCharsets.UTF_8));
        return http.sendPublished("POST", "/api/v1/documents", HttpRequest.BodyPublishers.ofByteArray(body.bytes()),
                "Content-Type", body.contentType(), "X-API-Key", GatewayHttp.ONE_STOP_KEY,
                "X-Dossier-Code", dossierCode, "X-Officer-Id", "can-bo-1");
    }

    private List<String> documentTitles() {
        JsonNode documents = GatewayHttp.json(http.get("/api/v1/documents?ownerId=" + DOCUMENT_OWNER, "X-API-Key",
                GatewayHttp.ONE_STOP_KEY, "X-Dossier-Code", code(300), "X-Officer-Id", "can-bo-1"));
        return StreamSupport.stream(documents.spliterator(), false).map(document -> document.get("title").asText()).toList();
    }

    private long spoolDepth() {
        JsonNode health = GatewayHttp.json(http.get("/actuator/health", "X-API-Key", GatewayHttp.OPS_KEY));
        return health.at("/components/auditSpool/details/depth").asLong(-1);
    }

    private JsonNode verify() {
        HttpResponse<String> answer = http.get("/api/v1/audit/verify", "X-API-Key", AUDITOR_KEY);
        assertThat(answer.statusCode()).isEqualTo(200);
        return GatewayHttp.json(answer);
    }

    private List<String> accessesOf(String personalId) {
        HttpResponse<String> answer = http.get("/api/v1/audit/subjects/" + personalId + "/accesses", "X-API-Key", AUDITOR_KEY);
        assertThat(answer.statusCode()).isEqualTo(200);
        return StreamSupport.stream(GatewayHttp.json(answer).spliterator(), false)
                .map(access -> access.get("correlationId").asText()).toList();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
