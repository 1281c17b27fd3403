package vn.hanoi.gateway.dossiers.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/** A procedure the catalogue does not hold is "not found" only once the catalogue has been read. */
class KnownProceduresTest {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final JdbcProcedureCatalogue catalogue = mock(JdbcProcedureCatalogue.class);
    private final KnownProcedures known = new KnownProcedures(catalogue, true, RETRY_AFTER);

    @Test
    void beforeTheFirstReadAnUnknownCodeIs503WithRetryAfterAndReadinessIsDown() {
        when(catalogue.find("9.000002")).thenReturn(Optional.empty());
        when(catalogue.read()).thenReturn(false);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> known.require("9.000002"));

        assertThat(refused.code()).isEqualTo(ErrorCode.CATALOGUE_NOT_READY);
        assertThat(refused.code().status().value()).isEqualTo(503);
        assertThat(refused.retryAfter()).isEqualTo(RETRY_AFTER);
        assertThat(known.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void onceReadAnUnknownCodeIsNotFoundAndReadinessIsUp() {
        when(catalogue.find("9.999999")).thenReturn(Optional.empty());
        when(catalogue.read()).thenReturn(true);

        assertThat(catchThrowableOfType(ApiException.class, () -> known.require("9.999999")).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(known.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aProcedureItHoldsIsAnsweredEvenBeforeTheFirstRead() {
        Procedure held = mock(Procedure.class);
        when(catalogue.find("9.000002")).thenReturn(Optional.of(held));
        when(catalogue.read()).thenReturn(false);

        assertThat(known.require("9.000002")).isSameAs(held);
    }

    @Test
    void withTheSynchronisationSwitchedOffTheMirrorIsTheCatalogue() {
        KnownProcedures mirrorOnly = new KnownProcedures(catalogue, false, RETRY_AFTER);
        when(catalogue.find("9.999999")).thenReturn(Optional.empty());
        when(catalogue.read()).thenReturn(false);

        assertThat(catchThrowableOfType(ApiException.class, () -> mirrorOnly.require("9.999999")).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(mirrorOnly.health().getStatus()).isEqualTo(Status.UP);
    }
}
