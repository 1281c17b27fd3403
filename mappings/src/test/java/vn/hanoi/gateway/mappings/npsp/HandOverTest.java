package vn.hanoi.gateway.mappings.npsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.common.ParcelAt;

class HandOverTest {

    private static final Procedure LAND = new Procedure("9.000006", null, null, null, null, false, 10,
            ApplicantType.CITIZEN, List.of());
    private static final Procedure ANYWHERE = new Procedure("9.000003", null, null, null, null, true, 5,
            ApplicantType.CITIZEN, List.of());
    private final AdminUnits units = AdminUnits.hanoi();

    @Test
    void aLocationBoundDossierReceivedOutsideTheParcelsCommuneOffersAHandOverToIt() {
        HandOver handOver = HandOver.of(received("00070", "10342"), LAND, units).orElseThrow();

        assertThat(handOver.unitCode()).isEqualTo("10342");
        assertThat(handOver.unitName()).isEqualTo(units.currentName("10342").orElseThrow());
        assertThat(handOver.basis()).isEqualTo(HandOver.PARCEL);
    }

    @Test
    void aPre2025ParcelCommuneCountsAsTheCommuneItBecame() {
        assertThat(HandOver.of(received("00070", "00043"), LAND, units)).isEmpty();
        assertThat(HandOver.of(received("10342", "00043"), LAND, units)).get()
                .extracting(HandOver::unitCode).isEqualTo("00070");
    }

    @Test
    void offersNoneWhenTheUnitIsCompetentTheProcedureIsNotBoundOrTheCommuneIsNotDecided() {
        assertThat(HandOver.of(received("10342", "10342"), LAND, units)).isEmpty();
        assertThat(HandOver.of(received("00070", "10342"), ANYWHERE, units)).isEmpty();
        assertThat(HandOver.of(received("00070", "10342"), null, units)).isEmpty();
        assertThat(HandOver.of(received("00070", "08977"), LAND, units)).as("a split commune").isEmpty();
        assertThat(HandOver.of(received("00070", null), LAND, units)).as("no parcel").isEmpty();
    }

    private static CounterDossier received(String unit, String parcelCommune) {
        return new CounterDossier("000.00.00.H00-261128-0801", "9.000006",
                new Applicant(ApplicantType.CITIZEN, "001051409167", "Đặng Văn Sơn"),
                OffsetDateTime.parse("2026-11-28T08:10:00+07:00"), null, Channel.IN_PERSON, unit, null, List.of(),
                List.of(), parcelCommune == null ? null : new ParcelAt(parcelCommune, "12", "345"));
    }
}
