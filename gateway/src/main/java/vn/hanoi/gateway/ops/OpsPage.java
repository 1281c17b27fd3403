package vn.hanoi.gateway.ops;

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

/**
 * {@code /ops}: the operations dashboard, one self-contained HTML page. It is public because a browser
 * cannot send {@code X-API-Key} when it navigates: the page itself holds no data; its script asks for
 * the ops key once and reads everything from {@code /api/v1/ops/summary}, which is for the ops client
 * only. Served with a strict Content-Security-Policy and no caching.
 */
@Controller
@Access(Access.Scope.PUBLIC)
@Tag(name = "Operations")
class OpsPage {

    private final SelfContainedPage page = new SelfContainedPage("ops/ops.html");

    @GetMapping(path = "/ops", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The operations dashboard (HTML)", description = "Public, without data: its script asks "
            + "for the ops key and reads /api/v1/ops/summary with it.")
    @ApiResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    ResponseEntity<byte[]> page() {
        return page.response();
    }
}
