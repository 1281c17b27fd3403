package vn.hanoi.gateway.mappings.npsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierCodeTest {

    private final DossierCode dossierCodes = new DossierCode();
    private final ProcedureCode procedureCodes = new ProcedureCode();

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.H00-261110-0001", "H26.22-250701-9999", "A-000229-0000"})
    void acceptsPortalDossierCodes(String code) {
        assertThat(dossierCodes.violation(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "000.00.00.H00-261110-001", "000.00.00.H00-261310-0001", "000.00.00.H00-010229-0001",
            "000 00-261110-0001", "000.00.00.H00_261110_0001", "-261110-0001"})
    void refusesAnythingElse(String code) {
        assertThat(dossierCodes.violation(code)).isPresent();
        assertThat(dossierCodes.code()).isEqualTo("INVALID_DOSSIER_CODE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.000001", "1.001612", "123.000000"})
    void acceptsCatalogueProcedureCodes(String code) {
        assertThat(procedureCodes.violation(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9.00001", "9-000001", "1234.000001", "9.000001 "})
    void refusesOtherProcedureCodes(String code) {
        assertThat(procedureCodes.violation(code)).isPresent();
    }
}
