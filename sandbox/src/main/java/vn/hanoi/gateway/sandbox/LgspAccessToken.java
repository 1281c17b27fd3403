package vn.hanoi.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.ValueMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The provincial platform's {@code lgspaccesstoken} header: base64 of
 * {@code {"AccessKey","SecretKey","AppName","PartnerCode"}}. Matched on the decoded content, so key
 * order, blanks and the base64 alphabet (standard or URL-safe, padded or not) do not matter.
 */
final class LgspAccessToken implements ValueMatcher<Request> {

    static final String HEADER = "lgspaccesstoken";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> expected;

    LgspAccessToken(String accessKey, String secretKey, String appName, String partnerCode) {
        this.expected = Map.of("AccessKey", accessKey, "SecretKey", secretKey,
                "AppName", appName, "PartnerCode", partnerCode);
    }

    /** The header as a caller sends it (the sandbox platform does, relaying to the provincial platform). */
    String header() {
        try {
            return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(expected));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public MatchResult match(Request request) {
        String header = request.getHeader(HEADER);
        return MatchResult.of(header != null && matches(decode(header.strip())));
    }

    private boolean matches(String json) {
        try {
            JsonNode fields = JSON.readTree(json);
            return fields != null && fields.isObject() && expected.entrySet().stream().allMatch(e ->
                    fields.path(e.getKey()).isTextual() && fields.path(e.getKey()).asText().equals(e.getValue()));
        } catch (IOException e) {
            return false;
        }
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notStandard) {
            try {
                return new String(Base64.getUrlDecoder().decode(base64), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return "";
            }
        }
    }
}
