package vn.hanoi.gateway.warehouse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * In sandbox mode, seeds the warehouse at start-up from the bundled {@code fixtures/warehouse/} (the documents the
 * city already holds), idempotently: a document already held is left alone, one whose file is missing or damaged
 * gets the file back. Only where the sandbox module (which bundles the fixtures) is on the class path. A fixture whose file does not match its stated SHA-256 stops the start-up.
 */
@Component
@ConditionalOnProperty(name = "gateway.sandbox.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnResource(resources = "classpath:sandbox/fixtures/warehouse/documents.json")
class SandboxWarehouseSeed implements ApplicationRunner {

    private static final String ROOT = "classpath:sandbox/fixtures/warehouse/";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxWarehouseSeed.class);

    private final Warehouse warehouse;
    private final ResourceLoader resources;
    private final ObjectMapper json;

    SandboxWarehouseSeed(Warehouse warehouse, ResourceLoader resources, ObjectMapper json) {
        this.warehouse = warehouse;
        this.resources = resources;
        this.json = json;
    }

    /** One entry of {@code documents.json}. */
    record Fixture(String documentId, String ownerType, String ownerId, String documentType, String title,
                   String issuer, String issuedOn, String validUntil, String file, String mediaType, String sha256) {

        MetadataBody metadata() {
            return new MetadataBody(ownerType, ownerId, documentType, title, issuer, issuedOn, validUntil, null);
        }
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int seeded = 0;
        for (Fixture fixture : fixtures()) {
            seeded += seed(fixture) ? 1 : 0;
        }
        LOG.info("Sandbox warehouse: {} fixture documents seeded or repaired", seeded);
    }

    private boolean seed(Fixture fixture) {
        Optional<WarehouseDocument> held = warehouse.find(fixture.documentId());
        if (held.isPresent() && warehouse.isIntact(held.get())) {
            return false;
        }
        Resource file = resources.getResource(ROOT + fixture.file());
        String sha256 = held.isPresent() ? warehouse.restoreFile(file)
                : store(fixture, file).map(WarehouseDocument::sha256).orElse(fixture.sha256());
        if (!sha256.equals(fixture.sha256())) {
            throw new IllegalStateException("warehouse fixture " + fixture.documentId() + " does not match its sha256");
        }
        return true;
    }

    private Optional<WarehouseDocument> store(Fixture fixture, Resource file) {
        try {
            return Optional.of(warehouse.store(fixture.documentId(), fixture.metadata().checked(),
                    fixture.mediaType(), file));
        } catch (DuplicateKeyException seededConcurrently) {
            return Optional.empty();
        }
    }

    private List<Fixture> fixtures() {
        try (InputStream in = resources.getResource(ROOT + "documents.json").getInputStream()) {
            return json.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("the warehouse fixtures could not be read", e);
        }
    }
}
