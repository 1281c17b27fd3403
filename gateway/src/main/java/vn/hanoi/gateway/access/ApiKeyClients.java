package vn.hanoi.gateway.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the client of an API key. Keys are held only as SHA-256 digests and compared in constant time,
 * against every client, so that neither memory nor timing tells a key.
 */
@Component
class ApiKeyClients {

    private record KnownKey(byte[] digest, Caller caller) {
    }

    private final List<KnownKey> keys = new ArrayList<>();

    ApiKeyClients(ClientsProperties properties, Datasets datasets) {
        properties.getClients().forEach((clientId, client) -> {
            byte[] digest = client.getApiKeySha256() != null
                    ? HexFormat.of().parseHex(client.getApiKeySha256().strip())
                    : client.getApiKey() != null ? sha256(client.getApiKey()) : null;
            if (digest != null) {
                keys.add(new KnownKey(digest, new Caller(clientId, datasets.requireKnown(clientId, client.getDatasets()))));
            }
        });
    }

    Optional<Caller> callerOf(String apiKey) {
        byte[] presented = sha256(apiKey);
        Caller match = null;
        for (KnownKey known : keys) {
            if (MessageDigest.isEqual(known.digest(), presented)) {
                match = known.caller();
            }
        }
        return Optional.ofNullable(match);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
