package vn.hanoi.gateway.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * An identity provider for the tests: an RSA signing key whose public half is served as a JWK set by
 * an in-test HTTP server, and every test context of the gateway configured to trust it
 * ({@code gateway.security.jwt.*}). The same customizer for every context, so context caching is
 * unaffected. It also gives the client {@value #RATE_LIMITED_CLIENT} a tiny rate limit for
 * {@code RateLimitIT}. Registered in {@code META-INF/spring.factories} (test resources).
 */
public final class TestIdentityProvider implements ContextCustomizerFactory {

    public static final String ISSUER = "https://id.test.hanoi.invalid/realms/one-stop";
    public static final String RATE_LIMITED_CLIENT = "rate-limit-probe";
    public static final int RATE_LIMIT = 2;
    static final String KEY_ID = "test-signing-key";

    static final RSAKey SIGNING_KEY = rsaKey();
    /** Not in the JWK set, under the same key id: what it signs has a bad signature. */
    static final RSAKey STRANGER_KEY = rsaKey();

    private static final ContextCustomizer CUSTOMIZER = new TrustTheTestProvider();
    private static String jwkSetUri;

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return CUSTOMIZER;
    }

    static synchronized String jwkSetUri() {
        if (jwkSetUri == null) {
            jwkSetUri = serveJwkSet();
        }
        return jwkSetUri;
    }

    private static String serveJwkSet() {
        byte[] jwks = new JWKSet(SIGNING_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class TrustTheTestProvider implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource("test-identity-provider", Map.of(
                    "gateway.security.jwt.issuer-uri", ISSUER,
                    "gateway.security.jwt.jwk-set-uri", jwkSetUri(),
                    "gateway.rate-limit.clients." + RATE_LIMITED_CLIENT + ".limit-for-period", RATE_LIMIT,
                    "gateway.rate-limit.clients." + RATE_LIMITED_CLIENT + ".limit-refresh-period", "1h")));
        }
    }
}
