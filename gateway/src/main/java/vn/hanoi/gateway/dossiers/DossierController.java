package vn.hanoi.gateway.dossiers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.audit.Audited;
import vn.hanoi.gateway.correlation.CorrelationIdFilter;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DossierCode;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/** Dossiers received at a counter, synchronised to the portal through the outbox. */
@RestController
@RequestMapping("/api/v1/dossiers")
class DossierController {

    private final CounterDossiers dossiers;
    private final DossierDocuments documents;
    private final DossierResults results;
    private final DossierCode dossierCodes = new DossierCode();

    DossierController(CounterDossiers dossiers, DossierDocuments documents, DossierResults results) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.results = results;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(dataset = Dataset.DOSSIERS)
    @Operation(summary = "Register (or update) a dossier received at a counter",
            description = "Each documents[i].documentId must be a warehouse document of the applicant (digitised at "
                    + "intake); else 422 DOCUMENT_NOT_FOUND with errors[] naming each, and nothing is kept.")
    @ApiResponse(responseCode = "202", description = "Stored, and queued for the portal",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CounterDossiers.Accepted.class)))
    @ApiResponse(responseCode = "422", description = "A document is not in the warehouse as the applicant's",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<CounterDossiers.Accepted> register(@RequestBody DossierBody body) {
        try {
            CounterDossier dossier = body.checked();
            documents.requireHeld(dossier.applicant(), dossier.documents());
            return ResponseEntity.accepted().body(dossiers.register(dossier, CorrelationIdFilter.current()));
        } catch (DuplicateKeyException concurrent) {
            throw new ApiException(ErrorCode.CONFLICT, "The dossier was registered concurrently; send it again.");
        }
    }

    @PostMapping(path = "/{dossierCode}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(dataset = Dataset.DOSSIERS)
    ResponseEntity<CounterDossiers.Accepted> progress(@PathVariable String dossierCode, @RequestBody ProgressBody body) {
        requireDossierCode(dossierCode);
        return ResponseEntity.accepted().body(dossiers.progress(dossierCode, body.checked(),
                CorrelationIdFilter.current()));
    }

    @PostMapping(path = "/{dossierCode}/result", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(dataset = Dataset.DOSSIERS)
    @Operation(summary = "Return the dossier's signed result to the portal",
            description = "documents (1–20) are the dossier's whole result set, replacing any earlier one: warehouse "
                    + "documents of the applicant, at most 10 MB, PDFs whose last signature is valid. Each file not yet "
                    + "uploaded goes to the portal (TaiLenTepKetQua), then a DongBoHoSoMC lists the set "
                    + "(DanhSachGiayToKetQua). The dossier must be PROCESSED or RESULT_RETURNED.")
    @ApiResponse(responseCode = "202", description = "Stored, and queued for the portal",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CounterDossiers.Accepted.class)))
    @ApiResponse(responseCode = "400", description = "The body breaks a rule (VALIDATION_FAILED)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "404", description = "The gateway holds no such dossier",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "The dossier is neither PROCESSED nor RESULT_RETURNED (CONFLICT)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "422", description = "DOCUMENT_NOT_FOUND, DOCUMENT_TOO_LARGE or SIGNATURE_INVALID, "
            + "errors[] naming each failing documents[i].documentId with NOT_FOUND, TOO_LARGE, NOT_PDF, UNSIGNED, "
            + "NOT_WHOLE_DOCUMENT, DIGEST_MISMATCH, UNTRUSTED or CERT_EXPIRED; nothing is kept",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<CounterDossiers.Accepted> result(@PathVariable String dossierCode, @RequestBody ResultBody body) {
        requireDossierCode(dossierCode);
        return ResponseEntity.accepted().body(results.accept(dossierCode, body.checked(), CorrelationIdFilter.current()));
    }

    /** Audited with the persons it shows: the applicant and every party who is a citizen. */
    @GetMapping("/{dossierCode}")
    @Access(dataset = Dataset.DOSSIERS, personalData = true)
    DossierView dossier(@PathVariable String dossierCode, HttpServletRequest request) {
        requireDossierCode(dossierCode);
        DossierView view = dossiers.view(dossierCode);
        DossierSubjects.of(view.dossier()).forEach(personalId -> Audited.subject(request, personalId));
        return view;
    }

    private void requireDossierCode(String dossierCode) {
        dossierCodes.violation(dossierCode).ifPresent(message -> {
            throw ApiException.invalid("dossierCode", dossierCodes.code(), message);
        });
    }
}
