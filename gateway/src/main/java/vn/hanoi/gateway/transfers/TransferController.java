package vn.hanoi.gateway.transfers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.audit.Audited;
import vn.hanoi.gateway.dossiers.DossierSubjects;
import vn.hanoi.gateway.dossiers.RegisteredDossiers;
import vn.hanoi.gateway.mappings.npsp.DossierCode;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldCodes;

/**
 * {@code /api/v1/dossiers/{dossierCode}/transfers}: a dossier's transfers to other agencies. Both read and send the
 * applicant's data, so both take the purpose headers as the dossier's own endpoint does, and are audited with the
 * applicant (when a citizen).
 */
@RestController
@RequestMapping("/api/v1/dossiers/{dossierCode}/transfers")
class TransferController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY_SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Transfers transfers;
    private final RegisteredDossiers dossiers;
    private final DossierCode dossierCodes = new DossierCode();

    TransferController(Transfers transfers, RegisteredDossiers dossiers) {
        this.transfers = transfers;
        this.dossiers = dossiers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(dataset = Dataset.DOSSIERS, personalData = true)
    @Operation(summary = "Transfer the dossier to another agency over the document axis, or record a paper one",
            description = "AXIS (default): queued (PENDING) and sent through the outbox as an edXML document whose "
                    + "DocumentId is the axis's idempotency key; SENT once the axis accepts it, FAILED with lastError "
                    + "the axis's code when it refuses it. PAPER: only RECORDED. With an Idempotency-Key, a repeat "
                    + "answers the same transfer; another body under that key is 409 CONFLICT.")
    @ApiResponse(responseCode = "202", description = "The transfer, queued or recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferView.class)))
    @ApiResponse(responseCode = "409", description = "The dossier is REJECTED, WITHDRAWN or STOPPED, or the "
            + "Idempotency-Key was used for another request", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "422", description = "DOCUMENT_NOT_FOUND or DOCUMENT_TOO_LARGE, errors[] naming each "
            + "document", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<TransferView> create(@PathVariable String dossierCode,
                                        @Parameter(description = "1-64 of A-Z a-z 0-9 . _ -: a repeat answers the same transfer")
                                        @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                        @RequestBody TransferBody body, HttpServletRequest request) {
        requireDossierCode(dossierCode);
        requireKey(idempotencyKey);
        TransferRequest checked = body.checked();
        audit(dossierCode, request);
        try {
            return ResponseEntity.accepted().body(transfers.create(dossierCode, checked, idempotencyKey));
        } catch (DuplicateKeyException concurrent) {
            return ResponseEntity.accepted().body(transfers.repeated(idempotencyKey, Transfers.hash(dossierCode, checked))
                    .orElseThrow(() -> new ApiException(ErrorCode.CONFLICT, "The transfer was made concurrently; "
                            + "send it again.")));
        }
    }

    @GetMapping
    @Access(dataset = Dataset.DOSSIERS, personalData = true)
    @Operation(summary = "The dossier's transfers, oldest first, with the recipients' statuses and replies")
    @ApiResponse(responseCode = "200", description = "The transfers", content = @Content(mediaType = "application/json",
            array = @ArraySchema(schema = @Schema(implementation = TransferView.class))))
    List<TransferView> list(@PathVariable String dossierCode, HttpServletRequest request) {
        requireDossierCode(dossierCode);
        audit(dossierCode, request);
        return transfers.of(dossierCode);
    }

    /** Names the dossier's applicant as the subject of the request (an unknown dossier: 404 from the service). */
    private void audit(String dossierCode, HttpServletRequest request) {
        dossiers.find(dossierCode).map(registered -> DossierSubjects.citizen(registered.dossier().applicant()))
                .ifPresent(personalId -> Audited.subject(request, personalId));
    }

    private void requireDossierCode(String dossierCode) {
        dossierCodes.violation(dossierCode).ifPresent(message -> {
            throw ApiException.invalid("dossierCode", dossierCodes.code(), message);
        });
    }

    private static void requireKey(String key) {
        if (key != null && !KEY_SHAPE.matcher(key).matches()) {
            throw ApiException.invalid(IDEMPOTENCY_KEY, FieldCodes.INVALID_VALUE, "1-64 of A-Z a-z 0-9 . _ -");
        }
    }
}
