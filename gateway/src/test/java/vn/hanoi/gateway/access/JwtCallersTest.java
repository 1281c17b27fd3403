package vn.hanoi.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import vn.hanoi.gateway.routes.registers.Registers;

class JwtCallersTest {

    private final JwtCallers callers = new JwtCallers(new JwtProperties("https://id.example", "https://id.example/jwks",
            null, List.of("client_id", "azp"), "datasets", Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(30)),
            new Datasets(Registers.scan()));

    @Test
    void theClientComesFromClientIdThenAzp() {
        assertThat(callerOf(Map.of("client_id", "portal", "azp", "other", "datasets", List.of("population"))).clientId())
                .isEqualTo("portal");
        assertThat(callerOf(Map.of("azp", "portal", "datasets", List.of("population"))).clientId()).isEqualTo("portal");
    }

    @Test
    void datasetsComeAsAListOrSpaceSeparatedAndUnknownNamesAreIgnored() {
        assertThat(callerOf(Map.of("client_id", "c", "datasets", List.of("population", "land", "root"))).datasets())
                .containsExactlyInAnyOrder(Dataset.of("population"), Dataset.of("land"));
        assertThat(callerOf(Map.of("client_id", "c", "datasets", " openid  business ")).datasets())
                .containsExactly(Dataset.of("business"));
        assertThat(callerOf(Map.of("client_id", "c")).datasets()).isEmpty();
    }

    @Test
    void aTokenWithoutAWellFormedClientIsRefused() {
        assertThatThrownBy(() -> callerOf(Map.of("sub", "someone"))).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> callerOf(Map.of("client_id", "a client; drop"))).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> callerOf(Map.of("client_id", "x".repeat(129)))).isInstanceOf(InvalidBearerTokenException.class);
    }

    private Caller callerOf(Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").claims(all -> all.putAll(claims))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return (Caller) callers.convert(jwt).getPrincipal();
    }
}
