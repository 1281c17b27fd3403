package vn.hanoi.gateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The sandbox command centre refuses each broken rule of its report contract, naming the field and the rule. */
class CommandCentreReportRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    private static final String GOOD = """
            {"reportingUnit": "000.00.00.H00", "period": {"from": "2026-11-27", "to": "2026-11-27"},
             "generatedAt": "2026-11-28T00:30:04+07:00",
             "indicators": [{"code": "ON_TIME", "value": 92.31, "numerator": 12, "denominator": 13},
                            {"code": "ONLINE", "value": null, "numerator": 0, "denominator": 0}],
             "byUnit": [{"unitCode": "00070", "indicators": [{"code": "ONLINE", "value": 50.0, "numerator": 1, "denominator": 2}]},
                        {"unitCode": "08980", "indicators": [{"code": "ONLINE", "value": 100, "numerator": 3, "denominator": 3}]}]}
            """;

    private final CommandCentreReportRules rules = new CommandCentreReportRules("000.00.00.H00");

    @Test
    void acceptsTheContractsExample() {
        CommandCentreReportRules.Verdict verdict = rules.check(json(GOOD), TODAY);

        assertThat(verdict.wrongUnit()).isFalse();
        assertThat(verdict.violations()).isEmpty();
    }

    @Test
    void namesEachBrokenRule() {
        assertThat(violations(GOOD.replace("\"value\": 92.31", "\"value\": 92.33")))
                .containsExactly("indicators[0].value INCONSISTENT");
        assertThat(violations(GOOD.replace("\"numerator\": 12", "\"numerator\": 14")))
                .containsExactly("indicators[0].numerator INCONSISTENT");
        assertThat(violations(GOOD.replace("\"numerator\": 12", "\"numerator\": \"12\"")))
                .containsExactly("indicators[0].numerator BAD_TYPE");
        assertThat(violations(GOOD.replace("\"code\": \"ONLINE\", \"value\": null", "\"code\": \"ON_TIME\", \"value\": null")))
                .containsExactly("indicators[1].code DUPLICATE");
        assertThat(violations(GOOD.replace("\"code\": \"ON_TIME\"", "\"code\": \"HAPPINESS\"")))
                .containsExactly("indicators[0].code UNKNOWN_INDICATOR");
        assertThat(violations(GOOD.replace("\"to\": \"2026-11-27\"", "\"to\": \"2026-12-08\"")))
                .containsExactly("period BAD_PERIOD");
        assertThat(violations(GOOD.replace("\"generatedAt\": \"2026-11-28T00:30:04+07:00\",", "")))
                .containsExactly("generatedAt REQUIRED");
        assertThat(violations(GOOD.replace("\"00070\"", "\"09999\""))).containsExactly("byUnit[1].unitCode BAD_UNIT");
        assertThat(violations(GOOD.replace("\"value\": 50.0, \"numerator\": 1, \"denominator\": 2",
                "\"value\": null, \"numerator\": 0, \"denominator\": 0"))).containsExactly("byUnit[0] INCONSISTENT");
    }

    @Test
    void anotherUnitsReportIsTheWrongUnit() {
        assertThat(rules.check(json(GOOD.replace("000.00.00.H00", "000.00.00.H01")), TODAY).wrongUnit()).isTrue();
    }

    private java.util.List<String> violations(String report) {
        return rules.check(json(report), TODAY).violations().stream()
                .map(violation -> violation.field() + " " + violation.rule()).toList();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
