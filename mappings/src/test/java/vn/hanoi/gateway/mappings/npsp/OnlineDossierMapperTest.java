package vn.hanoi.gateway.mappings.npsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.testing.Fixtures;

class OnlineDossierMapperTest {

    private final OnlineDossierMapper mapper = new OnlineDossierMapper();

    @Test
    void mapsEveryOnlineDossierOfTheFixtureOldestFirst() {
        JsonNode result = Fixtures.json(Fixtures.file("npsp/native/LayDanhSachHoSoTrucTuyen.json")).get("result");

        List<OnlineDossier> dossiers = mapper.toDossiers(result);

        assertThat(dossiers).hasSize(result.size());
        assertThat(dossiers).extracting(OnlineDossier::receivedAt).isSorted();
        OnlineDossier first = dossiers.get(0);
        assertThat(first.dossierCode()).isEqualTo("000.00.00.H00-261110-0001");
        assertThat(first.procedureCode()).isEqualTo("9.000001");
        assertThat(first.applicant().type()).isEqualTo(ApplicantType.CITIZEN);
        assertThat(first.applicant().id()).isEqualTo("001300973597");
        assertThat(first.receivedAt()).isEqualTo(OffsetDateTime.parse("2026-11-10T08:10:00+07:00"));
        assertThat(first.dueAt()).isNull();
        assertThat(first.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(first.channel()).isEqualTo(Channel.ONLINE);
        assertThat(first.chosenUnitCode()).isEqualTo("08980");
        assertThat(first.documents()).containsExactly(new OnlineDossier.Document("TP01", DocumentType.APPLICATION_FORM,
                "000.00.00.H00-261110-0001-TP01", "to-khai.pdf"));
        assertThat(first.parcel()).isNull();
        assertThat(dossiers.get(5).parcel()).isEqualTo(new OnlineDossier.Parcel("08977", "59", "487"));
    }

    @Test
    void skipsItemsThatAreNotDossiers() throws Exception {
        ObjectMapper json = CanonicalJson.newMapper();
        JsonNode result = json.readTree("""
                [{"MaHoSo": "000.00.00.H00-261110-0001", "NgayTiepNhan": "20261110081000", "ThuaDat": {"MaXa": 8977}},
                 {"MaHoSo": "", "NgayTiepNhan": "20261110081000"}, {"MaHoSo": "X", "NgayTiepNhan": "hôm qua"}, 42]
                """);

        List<OnlineDossier> dossiers = mapper.toDossiers(result);

        assertThat(dossiers).singleElement().satisfies(dossier -> {
            assertThat(dossier.parcel().legacyCommuneCode()).isEqualTo("08977");
            assertThat(dossier.applicant().toString()).doesNotContain("null").contains("***");
        });
        assertThat(mapper.toDossiers(json.createObjectNode())).isEmpty();
    }
}
