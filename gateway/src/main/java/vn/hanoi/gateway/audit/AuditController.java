package vn.hanoi.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.problem.ApiException;

/**
 * For auditors: whether the trail is intact, every access to one person's data, the signed checkpoints of the
 * chain, and the whole trail as a file to check offline ({@code java -jar gateway.jar verify-audit}).
 */
@RestController
@RequestMapping("/api/v1/audit")
@Access(dataset = Dataset.AUDIT)
@Tag(name = "Audit")
class AuditController {

    static final int MAX_CHECKPOINTS = 1000;
    private static final Pattern ASCII_NUMBER = Pattern.compile("[0-9]{1,18}");

    private final AuditLog log;
    private final AuditCheckpoints checkpoints;
    private final SubjectKey subjectKey;
    private final Clock clock;
    private final PersonalId personalIdRule = PersonalId.rule();

    AuditController(AuditLog log, AuditCheckpoints checkpoints, SubjectKey subjectKey, Clock clock) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.subjectKey = subjectKey;
        this.clock = clock;
    }

    @GetMapping("/verify")
    @Operation(summary = "Whether the audit chain holds", description = "Recomputes the hash chain up to its head and "
            + "checks it against the signed checkpoints stored with it; firstBrokenAt names the first record that does not hold.")
    ChainCheck verify() {
        return ChainCheck.of(log);
    }

    @GetMapping("/subjects/{personalId}/accesses")
    @Operation(summary = "Every access to one person's data")
    List<SubjectAccess> accesses(@PathVariable String personalId) {
        personalIdRule.violation(personalId).ifPresent(message -> {
            throw ApiException.invalid("personalId", personalIdRule.code(), message);
        });
        return log.bySubject(subjectKey.hashOf(personalId)).stream().map(SubjectAccess::of).toList();
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Signed checkpoints of the audit chain", description = "Oldest first, after position afterSeq: "
            + "each says that at signedAt the record at seq had the hash hash, signed with Ed25519 (base64 signature over "
            + "\"audit-checkpoint-v1|seq|hash|signedAt|keyId\"). Auditors keep them (e.g. daily) and pass them to the "
            + "offline verifier with --checkpoints, so that a chain rewritten together with its database's checkpoints fails.")
    List<AuditCheckpoint> checkpoints(
            @Parameter(description = "only checkpoints after this record position (ASCII digits)")
            @RequestParam(defaultValue = "0") String afterSeq,
            @Parameter(description = "at most this many (1 to " + MAX_CHECKPOINTS + ")")
            @RequestParam(defaultValue = "100") String limit) {
        return checkpoints.after(number("afterSeq", afterSeq, 0, Long.MAX_VALUE),
                (int) number("limit", limit, 1, MAX_CHECKPOINTS));
    }

    /**
     * A whole number of ASCII digits within bounds. Read here rather than bound as a {@code long}: the conversion
     * would take Arabic-Indic or fullwidth digits for ASCII ones.
     */
    private static long number(String field, String value, long min, long max) {
        if (!ASCII_NUMBER.matcher(value).matches() || Long.parseLong(value) < min || Long.parseLong(value) > max) {
            throw ApiException.invalid(field, "INVALID_VALUE", field + " must be a whole number from " + min + " to " + max);
        }
        return Long.parseLong(value);
    }

    @GetMapping("/export")
    @Operation(summary = "The whole audit trail as a file, to check offline", description = "Records up to the head as it "
            + "was when the export began and every checkpoint up to it: {\"format\":\"hanoi-audit-trail-v1\", exportedAt, "
            + "checkpoints, records}. Check it with java -jar gateway.jar verify-audit <file> --public-key <key> "
            + "(docs/security.md). Subjects are keyed hashes: the file holds no personal id.")
    @ApiResponse(responseCode = "200", description = "The trail", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(type = "object", description = "format, exportedAt, checkpoints[], records[]")))
    void export(HttpServletResponse response) throws IOException {
        AuditLog.Head head = log.head();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail-" + head.seq() + ".json\"");
        TrailExport.write(response.getOutputStream(), clock.instant(), checkpoints.upTo(head.seq()),
                visitor -> log.forEachUpTo(head.seq(), visitor));
    }
}
