package vn.hanoi.gateway.kpi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.ops.SelfContainedPage;

/**
 * {@code /indicators}: the plan's indicators for the people who steer, one self-contained HTML page like
 * {@code /ops}. Public and without data: its script asks for a key entitled to {@code indicators} and draws
 * everything from {@code /api/v1/kpi/indicators/daily}.
 */
@Controller
@Access(Access.Scope.PUBLIC)
@Tag(name = "Indicators")
class IndicatorsPage {

    private final SelfContainedPage page = new SelfContainedPage("ops/indicators.html");

    @GetMapping(path = "/indicators", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The indicators page (HTML)", description = "Public, without data: its script asks for a "
            + "key entitled to indicators and reads /api/v1/kpi/indicators/daily with it.")
    @ApiResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    ResponseEntity<byte[]> page() {
        return page.response();
    }
}
