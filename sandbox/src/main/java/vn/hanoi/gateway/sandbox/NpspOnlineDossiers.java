package vn.hanoi.gateway.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code LayDanhSachHoSoTrucTuyen} as an intake with a checkpoint needs it: the stub's body (the fixture,
 * oldest first) keeps the dossiers whose {@code NgayTiepNhan} is at or after {@code tuThoiDiem}
 * ({@code yyyyMMddHHmmss}; inclusive, so a dossier sharing the checkpoint's second is never lost and
 * the caller drops what it has by {@code MaHoSo}), then the first {@code soLuong} of them (none or not
 * positive: all). {@code total} counts every dossier from the checkpoint on, so a caller sees more are
 * waiting. With nothing left out the fixture goes out byte for byte. A malformed {@code tuThoiDiem}
 * is {@code error_code "01"}.
 */
final class NpspOnlineDossiers extends StubTransformer {

    static final String NAME = "npsp-online-dossiers";
    private static final ObjectMapper JSON = new ObjectMapper();

    NpspOnlineDossiers() {
        super(NAME);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition fixture = serveEvent.getResponseDefinition();
        try {
            JsonNode call = JSON.readTree(serveEvent.getRequest().getBodyAsString());
            String since = call.path("tuThoiDiem").asText("");
            if (!since.isEmpty() && !since.matches("\\d{14}")) {
                return answer(fixture, NpspSimulator.answer("01", "tuThoiDiem không hợp lệ"));
            }
            ObjectNode list = (ObjectNode) JSON.readTree(fixture.getTextBody());
            JsonNode all = list.path("result");
            List<JsonNode> kept = new ArrayList<>();
            all.forEach(dossier -> {
                if (dossier.path("NgayTiepNhan").asText().compareTo(since) >= 0) {
                    kept.add(dossier);
                }
            });
            int limit = call.path("soLuong").asInt(0);
            List<JsonNode> page = limit > 0 && limit < kept.size() ? kept.subList(0, limit) : kept;
            if (page.size() == all.size()) {
                return fixture;
            }
            list.put("total", kept.size());
            ArrayNode result = list.putArray("result");
            page.forEach(result::add);
            return answer(fixture, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list));
        } catch (JsonProcessingException | ClassCastException e) {
            return answer(fixture, NpspSimulator.answer("01", "Dữ liệu không hợp lệ"));
        }
    }

    private static ResponseDefinition answer(ResponseDefinition fixture, String body) {
        return ResponseDefinitionBuilder.like(fixture).but().withBody(body).build();
    }
}
