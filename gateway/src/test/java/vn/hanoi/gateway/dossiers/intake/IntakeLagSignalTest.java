package vn.hanoi.gateway.dossiers.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The intake lag an operator reads: behind the newest dossier the portal has, not behind the clock. */
class IntakeLagSignalTest {

    private final JdbcIntakeLedger ledger = mock(JdbcIntakeLedger.class);
    private final IntakeLagSignal signal = new IntakeLagSignal(ledger);

    @Test
    void anIntakeThatTookEverythingThePortalHasIsNotBehindHoweverOldItIs() {
        when(ledger.checkpoint()).thenReturn(Optional.of("20261110080000"));
        when(ledger.newestOnPortal()).thenReturn(Optional.of("20261110080000"));

        assertThat(signal.lag()).isEqualTo(Duration.ZERO);
    }

    @Test
    void isHowFarTheNewestTakenIsBehindTheNewestThePortalShowed() {
        when(ledger.checkpoint()).thenReturn(Optional.of("20261128080000"));
        when(ledger.newestOnPortal()).thenReturn(Optional.of("20261128101500"));

        assertThat(signal.lag()).isEqualTo(Duration.ofMinutes(135));
    }

    @Test
    void isNotAvailableBeforeAPollHasShownADossier() {
        when(ledger.checkpoint()).thenReturn(Optional.of("20261128080000"));
        when(ledger.newestOnPortal()).thenReturn(Optional.empty());

        assertThat(signal.lag()).isNull();
    }

    @Test
    void theLedgerKeepsTheNewestPortalTimeItWasShown() {
        JdbcIntakeLedger shown = new JdbcIntakeLedger(null, null);
        shown.sawOnPortal("20261128080000");
        shown.sawOnPortal("20261128101500");
        shown.sawOnPortal("20261127230000");

        assertThat(shown.newestOnPortal()).contains("20261128101500");
    }
}
