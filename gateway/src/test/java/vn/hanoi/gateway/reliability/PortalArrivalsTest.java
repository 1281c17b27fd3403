package vn.hanoi.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortalArrivalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "LOAD.C01-260101-0002";

    @Test
    void aRepeatRightAfterItselfCollapsesIntoOneChange() {
        PortalArrivals arrivals = PortalArrivals.of(List.of(sync("v1"), progress("2", "1"), progress("2", "1"),
                sync("v2"), progress("4", "2")));

        assertThat(arrivals.collapsed(CODE)).containsExactly(List.of("SYNC", "v1"), List.of("PROGRESS", "2", "1"),
                List.of("SYNC", "v2"), List.of("PROGRESS", "4", "2"));
        assertThat(arrivals.repeats()).isEqualTo(1);
    }

    @Test
    void anOlderChangeArrivingAgainAfterANewerOneStaysVisible() {
        PortalArrivals arrivals = PortalArrivals.of(List.of(sync("v1"), progress("2", "1"), progress("4", "2"),
                progress("2", "1")));

        assertThat(arrivals.collapsed(CODE)).hasSize(4).endsWith(List.of("PROGRESS", "2", "1"));
    }

    @Test
    void otherServicesAreNotDossierChanges() {
        ObjectNode catalogue = JSON.createObjectNode().put("service", "LayDanhSachTTHC");
        assertThat(PortalArrivals.of(List.of(catalogue)).received()).isZero();
    }

    private static JsonNode sync(String summary) {
        ObjectNode call = JSON.createObjectNode().put("service", "DongBoHoSoMC");
        call.putArray("data").addObject().put("MaHoSo", CODE).put("TrichYeuHoSo", summary);
        return call;
    }

    private static JsonNode progress(String status, String at) {
        ObjectNode call = JSON.createObjectNode().put("service", "CapNhatTienDoHoSoMC");
        call.putArray("data").addObject().put("MaHoSo", CODE).put("TrangThai", status).put("ThoiDiemXuLy", at);
        return call;
    }
}
