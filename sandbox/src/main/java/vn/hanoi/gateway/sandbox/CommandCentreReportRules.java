package vn.hanoi.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule of the command centre's report ({@code command-centre.md}, "Report"), each broken one named by its
 * {@code field} path and {@code rule}: {@code REQUIRED}, {@code BAD_TYPE}, {@code UNKNOWN_INDICATOR},
 * {@code DUPLICATE}, {@code BAD_PERIOD}, {@code INCONSISTENT}, {@code BAD_UNIT}. A {@code byUnit} list out of
 * {@code unitCode} order is {@code BAD_UNIT} at the first unit out of place; a unit whose every denominator is 0 is
 * {@code INCONSISTENT}.
 */
final class CommandCentreReportRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CODES = Set.of("ON_TIME", "ONLINE", "DOSSIER_DIGITISED", "RESULT_DIGITISED",
            "DATA_REUSED", "E_TRANSFER", "SATISFACTION");
    private static final Pattern ORGAN = Pattern.compile("[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    private static final int MAX_DAYS = 366;

    private final String reportingUnit;

    CommandCentreReportRules(String reportingUnit) {
        this.reportingUnit = reportingUnit;
    }

    record Violation(String field, String rule) {
    }

    record Verdict(boolean wrongUnit, List<Violation> violations) {
    }

    Verdict check(JsonNode report, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (!report.isObject()) {
            return new Verdict(false, List.of(new Violation("", "BAD_TYPE")));
        }
        JsonNode unit = report.path("reportingUnit");
        boolean wrongUnit = false;
        if (unit.isMissingNode() || unit.isNull()) {
            violations.add(new Violation("reportingUnit", "REQUIRED"));
        } else if (!unit.isTextual() || !ORGAN.matcher(unit.asText()).matches()) {
            violations.add(new Violation("reportingUnit", "BAD_TYPE"));
        } else {
            wrongUnit = !unit.asText().equals(reportingUnit);
        }
        period(report.path("period"), today, violations);
        JsonNode generatedAt = report.path("generatedAt");
        if (generatedAt.isMissingNode() || generatedAt.isNull()) {
            violations.add(new Violation("generatedAt", "REQUIRED"));
        } else if (!isInstant(generatedAt)) {
            violations.add(new Violation("generatedAt", "BAD_TYPE"));
        }
        indicators("indicators", report.path("indicators"), violations);
        byUnit(report.path("byUnit"), violations);
        return new Verdict(wrongUnit, violations);
    }

    static String invalid(List<Violation> violations) {
        ObjectNode answer = JSON.createObjectNode().put("code", "INVALID");
        ArrayNode errors = answer.putArray("errors");
        violations.forEach(violation -> errors.addObject().put("field", violation.field()).put("rule", violation.rule()));
        return answer.put("message", "Báo cáo không hợp lệ").toString();
    }

    private static void period(JsonNode period, LocalDate today, List<Violation> violations) {
        if (!period.isObject()) {
            violations.add(new Violation("period", period.isMissingNode() || period.isNull() ? "REQUIRED" : "BAD_TYPE"));
            return;
        }
        LocalDate from = date("period.from", period.path("from"), violations);
        LocalDate to = date("period.to", period.path("to"), violations);
        if (from != null && to != null && (from.isAfter(to) || to.isAfter(today)
                || ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS)) {
            violations.add(new Violation("period", "BAD_PERIOD"));
        }
    }

    private static LocalDate date(String field, JsonNode value, List<Violation> violations) {
        if (value.isMissingNode() || value.isNull()) {
            violations.add(new Violation(field, "REQUIRED"));
            return null;
        }
        try {
            if (value.isTextual() && value.asText().length() == 10) {
                return LocalDate.parse(value.asText());
            }
        } catch (DateTimeParseException notADate) {
            // reported below
        }
        violations.add(new Violation(field, "BAD_TYPE"));
        return null;
    }

    private static boolean isInstant(JsonNode value) {
        try {
            return value.isTextual() && OffsetDateTime.parse(value.asText()) != null;
        } catch (DateTimeParseException notAnInstant) {
            return false;
        }
    }

    /** The indicators of one list; answers whether any has a non-zero denominator. */
    private static boolean indicators(String field, JsonNode list, List<Violation> violations) {
        if (!list.isArray()) {
            violations.add(new Violation(field, list.isMissingNode() || list.isNull() ? "REQUIRED" : "BAD_TYPE"));
            return false;
        }
        Set<String> seen = new HashSet<>();
        boolean counted = false;
        for (int i = 0; i < list.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode indicator = list.get(i);
            JsonNode code = indicator.path("code");
            if (!code.isTextual()) {
                violations.add(new Violation(at + ".code", code.isMissingNode() ? "REQUIRED" : "BAD_TYPE"));
            } else if (!CODES.contains(code.asText())) {
                violations.add(new Violation(at + ".code", "UNKNOWN_INDICATOR"));
            } else if (!seen.add(code.asText())) {
                violations.add(new Violation(at + ".code", "DUPLICATE"));
            }
            Long numerator = integer(at + ".numerator", indicator.path("numerator"), violations);
            Long denominator = integer(at + ".denominator", indicator.path("denominator"), violations);
            if (numerator == null || denominator == null) {
                continue;
            }
            counted |= denominator > 0;
            if (numerator < 0 || numerator > denominator) {
                violations.add(new Violation(at + ".numerator", "INCONSISTENT"));
            } else if (!valueAgrees(indicator.path("value"), numerator, denominator)) {
                violations.add(new Violation(at + ".value", "INCONSISTENT"));
            }
        }
        return counted;
    }

    private static Long integer(String field, JsonNode value, List<Violation> violations) {
        if (value.isMissingNode() || value.isNull()) {
            violations.add(new Violation(field, "REQUIRED"));
            return null;
        }
        if (!value.isIntegralNumber()) {
            violations.add(new Violation(field, "BAD_TYPE"));
            return null;
        }
        return value.asLong();
    }

    private static boolean valueAgrees(JsonNode value, long numerator, long denominator) {
        if (denominator == 0) {
            return value.isNull();
        }
        if (!value.isNumber()) {
            return false;
        }
        BigDecimal expected = BigDecimal.valueOf(100 * numerator).divide(BigDecimal.valueOf(denominator), 2,
                RoundingMode.HALF_UP);
        return value.decimalValue().subtract(expected).abs().compareTo(TOLERANCE) <= 0;
    }

    private static void byUnit(JsonNode units, List<Violation> violations) {
        if (!units.isArray()) {
            violations.add(new Violation("byUnit", units.isMissingNode() || units.isNull() ? "REQUIRED" : "BAD_TYPE"));
            return;
        }
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (int i = 0; i < units.size(); i++) {
            String at = "byUnit[" + i + "]";
            JsonNode code = units.get(i).path("unitCode");
            if (!code.isTextual() || !UNIT.matcher(code.asText()).matches()) {
                violations.add(new Violation(at + ".unitCode", code.isMissingNode() ? "REQUIRED" : "BAD_UNIT"));
            } else if (!seen.add(code.asText())) {
                violations.add(new Violation(at + ".unitCode", "DUPLICATE"));
            } else if (previous != null && code.asText().compareTo(previous) < 0) {
                violations.add(new Violation(at + ".unitCode", "BAD_UNIT"));
            }
            previous = code.isTextual() ? code.asText() : previous;
            if (!indicators(at + ".indicators", units.get(i).path("indicators"), violations)) {
                violations.add(new Violation(at, "INCONSISTENT"));
            }
        }
    }
}
