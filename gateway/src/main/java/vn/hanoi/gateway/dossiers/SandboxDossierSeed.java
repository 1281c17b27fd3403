package vn.hanoi.gateway.dossiers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * In sandbox mode, registers at start-up the dossiers the README's examples name ({@code sandbox/dossiers.json}),
 * as a counter would with {@code POST /api/v1/dossiers}: personal data is read only for a dossier the gateway
 * knows, so the examples need theirs. Registering an unchanged dossier again changes nothing, so a restart keeps
 * them as they are.
 */
@Component
@ConditionalOnProperty(name = "gateway.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxDossierSeed implements ApplicationRunner {

    private static final String FILE = "classpath:sandbox/dossiers.json";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxDossierSeed.class);

    private final CounterDossiers dossiers;
    private final ResourceLoader resources;
    private final ObjectMapper json;

    SandboxDossierSeed(CounterDossiers dossiers, ResourceLoader resources, ObjectMapper json) {
        this.dossiers = dossiers;
        this.resources = resources;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<DossierBody> bodies = read();
        bodies.forEach(body -> dossiers.register(body.checked(), "sandbox-seed"));
        LOG.info("Sandbox dossiers: {} registered or already known", bodies.size());
    }

    private List<DossierBody> read() {
        try (InputStream in = resources.getResource(FILE).getInputStream()) {
            return json.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox dossiers could not be read", e);
        }
    }
}
