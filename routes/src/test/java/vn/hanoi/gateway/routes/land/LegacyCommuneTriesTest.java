package vn.hanoi.gateway.routes.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.land.LegacyCommuneCodes;
import vn.hanoi.gateway.mappings.land.wsdl.ThongTinThuaDat;
import vn.hanoi.gateway.routes.connector.Deadline;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/** A parcel asked by a current or pre-2025 commune code: which pre-2025 communes the register is asked, in what order. */
class LegacyCommuneTriesTest {

    private static final Duration ATTEMPT = Duration.ofSeconds(1);

    private final LegacyCommuneCodes legacyCodes = new LegacyCommuneCodes(AdminUnits.hanoi());
    private final List<String> asked = new ArrayList<>();
    private final List<Deadline> deadlines = new ArrayList<>();

    /** A register holding sheet 21 parcel 279 in the pre-2025 communes given, failing as told in others. */
    private LegacyCommuneTries register(List<String> holding, Map<String, FailureKind> failing) {
        return new LegacyCommuneTries(legacyCodes, (legacyParcel, request, deadline, timeout) -> {
            asked.add(legacyParcel.communeCode());
            deadlines.add(deadline);
            assertThat(legacyParcel.mapSheetNumber()).isEqualTo("21");
            assertThat(legacyParcel.parcelNumber()).isEqualTo("279");
            FailureKind failure = failing.get(legacyParcel.communeCode());
            if (failure != null) {
                throw new UpstreamException("land", failure, "test");
            }
            if (!holding.contains(legacyParcel.communeCode())) {
                throw new UpstreamException("land", FailureKind.NOT_FOUND, "MaKetQua 01");
            }
            ThongTinThuaDat parcel = new ThongTinThuaDat();
            parcel.setMaXa(legacyParcel.communeCode());
            return parcel;
        });
    }

    private static LookupRequest request(String communeCode, String sheet, String parcel) {
        return new LookupRequest(new ParcelKey(communeCode, sheet, parcel).lookupKey(), "corr-1", "can-bo-1", null);
    }

    private static Deadline deadline() {
        return Deadline.after(Duration.ofSeconds(5));
    }

    @Test
    void asksForAPreReformCommuneByItsOwnCodeOnly() {
        ThongTinThuaDat found = register(List.of("00124"), Map.of()).fetch(request("00124", "21", "279"), deadline(), ATTEMPT);

        assertThat(found.getMaXa()).isEqualTo("00124");
        assertThat(asked).containsExactly("00124");
    }

    @Test
    void asksTheOldCommunesOfACurrentOneInOrderUntilOneHoldsTheParcel() {
        assertThat(legacyCodes.toTryFor("00118")).startsWith("00118", "00115", "00124");
        Deadline deadline = deadline();

        ThongTinThuaDat found = register(List.of("00124", "00130"), Map.of())
                .fetch(request("00118", "021", "0279"), deadline, ATTEMPT);

        assertThat(found.getMaXa()).isEqualTo("00124");
        assertThat(asked).containsExactly("00118", "00115", "00124");
        assertThat(deadlines).allSatisfy(each -> assertThat(each).isSameAs(deadline));
    }

    @Test
    void isNotFoundWhenNoOldCommuneHoldsTheParcelAfterAskingEveryOne() {
        assertThatThrownBy(() -> register(List.of(), Map.of()).fetch(request("00118", "21", "279"), deadline(), ATTEMPT))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND));
        assertThat(asked).isEqualTo(legacyCodes.toTryFor("00118")).hasSizeGreaterThan(1);
    }

    @Test
    void stopsAtTheFirstFailureThatIsNotNotFound() {
        LegacyCommuneTries register = register(List.of("00124"), Map.of("00115", FailureKind.SOAP_FAULT));

        assertThatThrownBy(() -> register.fetch(request("00118", "21", "279"), deadline(), ATTEMPT))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.SOAP_FAULT));
        assertThat(asked).containsExactly("00118", "00115");
    }

    @Test
    void answersNotFoundForAnUnknownCommuneWithoutAskingTheRegister() {
        assertThatThrownBy(() -> register(List.of("00124"), Map.of()).fetch(request("99999", "21", "279"), deadline(), ATTEMPT))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND));
        assertThat(asked).isEmpty();
    }

    @Test
    void asksNoFurtherCommuneOnceTheDeadlineHasPassed() {
        Deadline deadline = Deadline.after(Duration.ofMillis(50));
        LegacyCommuneTries slowRegister = new LegacyCommuneTries(legacyCodes, (legacyParcel, request, each, timeout) -> {
            asked.add(legacyParcel.communeCode());
            sleep(Duration.ofMillis(80));
            throw new UpstreamException("land", FailureKind.NOT_FOUND, "MaKetQua 01");
        });

        assertThatThrownBy(() -> slowRegister.fetch(request("00118", "21", "279"), deadline, ATTEMPT))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT));
        assertThat(asked).containsExactly("00118");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
