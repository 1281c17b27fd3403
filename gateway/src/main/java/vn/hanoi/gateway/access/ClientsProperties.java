package vn.hanoi.gateway.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API-key clients ({@code gateway.clients.<client-id>}): each with its key, given either as the SHA-256
 * hex of the key ({@code api-key-sha256}, for production: the key itself never sits in configuration)
 * or in clear ({@code api-key}, only in the sandbox profile), and its datasets.
 */
@ConfigurationProperties("gateway")
public class ClientsProperties {

    private Map<String, Client> clients = new LinkedHashMap<>();

    public Map<String, Client> getClients() {
        return clients;
    }

    public void setClients(Map<String, Client> clients) {
        this.clients = clients;
    }

    public static class Client {
        private String apiKey;
        private String apiKeySha256;
        private Set<Dataset> datasets = Set.of();

        public String getApiKey() { return apiKey; }
        public void setApiKey(String apiKey) { this.apiKey = apiKey; }
        public String getApiKeySha256() { return apiKeySha256; }
        public void setApiKeySha256(String apiKeySha256) { this.apiKeySha256 = apiKeySha256; }
        public Set<Dataset> getDatasets() { return datasets; }
        public void setDatasets(Set<Dataset> datasets) { this.datasets = datasets; }
    }
}
