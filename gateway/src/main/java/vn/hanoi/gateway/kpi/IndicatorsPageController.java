package vn.hanoi.gateway.kpi;

import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.problem.ApiException;

/**
 * What the indicators page draws, for clients entitled to {@code indicators} (the city's and the units' leaders):
 * the period's indicators by unit and each day's, at most {@value #MAX_DAYS} days. Aggregates only.
 */
@RestController
class IndicatorsPageController {

    static final int MAX_DAYS = 92;

    private final Indicators indicators;

    IndicatorsPageController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/api/v1/kpi/indicators/daily")
    @Access(dataset = Dataset.INDICATORS)
    IndicatorSeries daily(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(required = false) String unitCode) {
        IndicatorPeriod period = IndicatorPeriod.parse(from, to);
        if (ChronoUnit.DAYS.between(period.from(), period.to()) + 1 > MAX_DAYS) {
            throw ApiException.invalid("to", Period.INVALID_PERIOD, "the daily series is at most " + MAX_DAYS + " days");
        }
        String unit = UnitCodes.checked(unitCode);
        IndicatorsReport whole = indicators.report(period, null);
        IndicatorsReport asked = unit == null ? whole : new IndicatorsReport(period.from(), period.to(), unit,
                indicators.report(period, unit).indicators(), whole.byUnit());
        return new IndicatorSeries(period.from(), period.to(), unit, asked, indicators.daily(period, unit));
    }
}
