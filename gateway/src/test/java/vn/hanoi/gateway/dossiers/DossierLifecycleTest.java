package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;

class DossierLifecycleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"RECEIVED, ACCEPTED", "RECEIVED, REJECTED", "RECEIVED, SUPPLEMENT_REQUESTED", "RECEIVED, WITHDRAWN",
            "ACCEPTED, PROCESSING", "PROCESSING, PROCESSING", "PROCESSING, SUPPLEMENT_REQUESTED",
            "SUPPLEMENT_REQUESTED, PROCESSING", "PROCESSING, FINANCIAL_OBLIGATION", "FINANCIAL_OBLIGATION, PROCESSED",
            "PROCESSING, STOPPED", "PROCESSING, PROCESSED", "PROCESSED, RESULT_RETURNED"})
    void allowsTheStepsOfTheStateMachine(DossierStatus from, DossierStatus to) {
        assertThat(DossierLifecycle.allows(from, to)).isTrue();
    }

    @ParameterizedTest(name = "{0} ↛ {1}")
    @CsvSource({"RECEIVED, PROCESSED", "RECEIVED, RESULT_RETURNED", "RECEIVED, RECEIVED", "ACCEPTED, ACCEPTED",
            "ACCEPTED, RECEIVED", "PROCESSING, ACCEPTED", "PROCESSED, PROCESSING", "PROCESSED, WITHDRAWN"})
    void refusesAnythingElse(DossierStatus from, DossierStatus to) {
        assertThat(DossierLifecycle.allows(from, to)).isFalse();
    }

    @Test
    void nothingLeavesAFinalStatusAndNothingReturnsToReceived() {
        EnumSet<DossierStatus> finals = EnumSet.of(DossierStatus.REJECTED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED,
                DossierStatus.RESULT_RETURNED);
        for (DossierStatus status : DossierStatus.values()) {
            assertThat(DossierLifecycle.isFinal(status)).as(status.name()).isEqualTo(finals.contains(status));
            assertThat(DossierLifecycle.allows(status, DossierStatus.RECEIVED)).isFalse();
        }
    }
}
