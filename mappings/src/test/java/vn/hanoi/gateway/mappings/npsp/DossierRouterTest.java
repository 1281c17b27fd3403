package vn.hanoi.gateway.mappings.npsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.common.CommuneResolution;
import vn.hanoi.gateway.mappings.testing.Fixtures;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;

class DossierRouterTest {

    private final DossierRouter router = new DossierRouter(AdminUnits.hanoi());
    private final ProcedureMapper procedures = new ProcedureMapper();
    private final ObjectMapper json = CanonicalJson.newMapper();

    @Test
    void routesEveryFixtureOnlineDossierWhereTheExpectedRoutingSays() {
        List<OnlineDossier> dossiers = new OnlineDossierMapper().toDossiers(
                Fixtures.json(Fixtures.file("npsp/native/LayDanhSachHoSoTrucTuyen.json")).get("result"));
        List<JsonNode> actual = new ArrayList<>();
        List<String> registerAsked = new ArrayList<>();
        for (OnlineDossier dossier : dossiers) {
            Procedure procedure = procedure(dossier.procedureCode());
            CommuneResolution applicantCommune = null;
            if (router.needsApplicantCommune(dossier, procedure)) {
                registerAsked.add(dossier.dossierCode());
                applicantCommune = permanentAddressCommune(dossier.applicant().id());
            }
            actual.add(json.createObjectNode()
                    .put("dossierCode", dossier.dossierCode())
                    .put("procedureCode", dossier.procedureCode())
                    .set("routing", json.valueToTree(router.route(dossier, procedure, applicantCommune))));
        }

        JsonNode expected = Fixtures.json(Fixtures.file("npsp/canonical/online-dossier-routing.json"));
        assertThat(JsonFieldDiff.between(expected, json.valueToTree(actual))).isEmpty();
        assertThat(registerAsked).containsExactly("000.00.00.H00-261113-0004");
    }

    @Test
    void sendsWhatItCannotDecideToAPerson() {
        OnlineDossier dossier = new OnlineDossierMapper().toDossier(json.createObjectNode()
                .put("MaHoSo", "000.00.00.H00-261110-0001").put("MaDoiTuong", "001300973597"));
        Procedure local = new Procedure("9.000004", null, null, null, null, false, 3, ApplicantType.CITIZEN, List.of());
        Procedure anywhere = new Procedure("9.000001", null, null, null, null, true, 1, ApplicantType.CITIZEN, List.of());

        assertThat(router.route(dossier, null, null)).isEqualTo(Routing.manualTriage(List.of()));
        assertThat(router.route(dossier, anywhere, null)).isEqualTo(Routing.manualTriage(List.of()));
        assertThat(router.route(dossier, local, null)).isEqualTo(Routing.manualTriage(List.of()));
        assertThat(router.route(dossier, local, new CommuneResolution(null, null, List.of("08995", "08974"))))
                .isEqualTo(new Routing(Routing.Decision.MANUAL_TRIAGE, null, List.of("08974", "08995")));
    }

    @Test
    void asksTheRegisterOnlyForCitizensOfLocalProceduresWithoutAParcel() {
        OnlineDossier enterprise = new OnlineDossierMapper().toDossier(json.createObjectNode()
                .put("MaHoSo", "000.00.00.H00-261110-0001").put("LoaiDoiTuong", "2").put("MaDoiTuong", "0101234567"));
        Procedure local = new Procedure("9.000007", null, null, null, null, false, 3, ApplicantType.ENTERPRISE, List.of());

        assertThat(router.needsApplicantCommune(enterprise, local)).isFalse();
        assertThat(router.route(enterprise, local, null).decision()).isEqualTo(Routing.Decision.MANUAL_TRIAGE);
    }

    private Procedure procedure(String code) {
        return procedures.toProcedure(Fixtures.json(Fixtures.file("npsp/native/LayThuTuc/" + code + ".json")).get("result"));
    }

    private static final Map<String, JsonNode> CITIZENS = new HashMap<>();

    private static CommuneResolution permanentAddressCommune(String personalId) {
        JsonNode address = CITIZENS.computeIfAbsent(personalId, id ->
                Fixtures.json(Fixtures.file("population/canonical/" + id + ".json"))).get("permanentAddress");
        List<String> candidates = new ArrayList<>();
        address.get("communeCodeCandidates").forEach(candidate -> candidates.add(candidate.asText()));
        return new CommuneResolution(address.get("communeCode").isNull() ? null : address.get("communeCode").asText(),
                null, candidates);
    }
}
