package vn.hanoi.gateway.mappings.documentaxis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.npsp.Routing;
import vn.hanoi.gateway.mappings.testing.Fixtures;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;

class IncomingTransferRouterTest {

    private final IncomingTransferRouter router = new IncomingTransferRouter(AdminUnits.hanoi());
    private final EdxmlReader reader = new EdxmlReader();
    private final ObjectMapper json = CanonicalJson.newMapper();

    @Test
    void routesEachIncomingFixtureAsTheExpectedRoutingSays() {
        JsonNode expected = Fixtures.json(Fixtures.file("document-axis/expected-routing.json"));
        ArrayNode actual = json.createArrayNode();
        for (JsonNode entry : expected) {
            String fixture = ((ObjectNode) entry).remove("file").asText();
            AxisDocument document = (AxisDocument) reader.read(EdxmlReaderTest.fixture(fixture));
            ObjectNode shown = json.valueToTree(IncomingTransfer.of(document));
            shown.withArray("/transfer/attachments").forEach(file -> ((ObjectNode) file).remove("documentId"));
            shown.set("routing", json.valueToTree(router.route(document.dossier())));
            actual.add(shown);
        }

        assertThat(JsonFieldDiff.between(expected, actual)).isEmpty();
    }

    @Test
    void sendsAnAbsentUnknownOrSplitCommuneToAPerson() {
        assertThat(router.route(addressedTo(null, null))).isEqualTo(Routing.manualTriage(List.of()));
        assertThat(router.route(addressedTo("99999", null))).isEqualTo(Routing.manualTriage(List.of()));
        assertThat(router.route(addressedTo("99999", "002"))).isEqualTo(Routing.manualTriage(List.of()));
        assertThat(router.route(addressedTo("00055", "002")))
                .isEqualTo(Routing.manualTriage(List.of("00070", "00004")));
    }

    @Test
    void readsACodeAsCurrentUnlessAPre2025DistrictIsNamed() {
        assertThat(router.route(addressedTo("08980", null))).isEqualTo(Routing.addressed("08980"));
        assertThat(router.route(addressedTo("08980", " "))).isEqualTo(Routing.addressed("08980"));
    }

    private static TransferredDossier addressedTo(String unitCode, String legacyDistrictCode) {
        return new TransferredDossier("D", "9.000001", TransferPurpose.HAND_OVER, unitCode, legacyDistrictCode,
                null, null);
    }
}
