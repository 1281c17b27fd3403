package vn.hanoi.gateway.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The bearer-token half of caller identity: a validated JWT becomes its client's {@link CallerAuthentication}.
 * The client id comes from the first configured claim present ({@code client_id}, then {@code azp});
 * the datasets from the configured claim, names the gateway does not know being ignored. A token that
 * names no well-formed client is refused.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private final List<String> clientIdClaims;
    private final String datasetsClaim;
    private final Datasets known;

    JwtCallers(JwtProperties properties, Datasets known) {
        this.known = known;
        this.clientIdClaims = List.copyOf(properties.clientIdClaims());
        this.datasetsClaim = properties.datasetsClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = clientIdClaims.stream().map(jwt::getClaimAsString).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidBearerTokenException("The token names no client.");
        }
        return new CallerAuthentication(new Caller(clientId, datasets(jwt.getClaims().get(datasetsClaim), known)));
    }

    static Set<Dataset> datasets(Object claim, Datasets known) {
        Stream<String> names;
        if (claim instanceof Collection<?> values) {
            names = values.stream().map(String::valueOf);
        } else if (claim instanceof String value) {
            names = Arrays.stream(value.trim().split("\\s+"));
        } else {
            names = Stream.empty();
        }
        return names.map(known::named).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
    }
}
