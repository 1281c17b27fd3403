package vn.hanoi.gateway.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.DossierSync;
import vn.hanoi.gateway.mappings.npsp.ResultDocument;
import vn.hanoi.gateway.mappings.npsp.ResultUpload;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldError;
import vn.hanoi.gateway.routes.npsp.OutboxEntry;

/**
 * A dossier's signed results ({@code API.md} "Results"): checked against the warehouse, then, in one transaction
 * under the dossier's row lock, stored as its whole result set, with one {@code TaiLenTepKetQua} entry per file the
 * portal has not been sent yet and, after them, a {@code DongBoHoSoMC} listing the set; the outbox delivers a
 * dossier's entries in order, so the sync goes only once every upload is through.
 */
@Service
class DossierResults {

    /** The portal takes files of at most 10 MB ({@code npsp.md} {@code TaiLenTepKetQua}). */
    static final long MAX_FILE_BYTES = 10_485_760L;
    private static final String PDF = "application/pdf";
    private static final String NOT_FOUND = "NOT_FOUND";
    private static final String TOO_LARGE = "TOO_LARGE";

    private final DossierTable dossiers;
    private final ResultTable results;
    private final OutboxTable outbox;
    private final SignedDocuments warehouse;
    private final DossierFacts facts;
    private final Clock clock;

    DossierResults(DossierTable dossiers, ResultTable results, OutboxTable outbox, SignedDocuments warehouse,
                   DossierFacts facts, Clock clock) {
        this.dossiers = dossiers;
        this.results = results;
        this.outbox = outbox;
        this.warehouse = warehouse;
        this.facts = facts;
        this.clock = clock;
    }

    @Transactional
    public CounterDossiers.Accepted accept(String dossierCode, List<ResultBody.Item> items, String correlationId) {
        DossierTable.Stored stored = dossiers.lock(dossierCode).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND,
                "The gateway holds no dossier " + dossierCode + "."));
        if (stored.status() != DossierStatus.PROCESSED && stored.status() != DossierStatus.RESULT_RETURNED) {
            throw new ApiException(ErrorCode.CONFLICT, "A dossier that is " + stored.status()
                    + " has no result yet: it must be PROCESSED or RESULT_RETURNED.");
        }
        List<ResultDocument> set = checked(stored, items);
        Instant now = clock.instant();
        results.replace(dossierCode, set);
        for (ResultDocument result : set) {
            if (results.queue(dossierCode, result, now)) {
                outbox.enqueue(dossierCode, OutboxEntry.Kind.RESULT_FILE, new ResultUpload(dossierCode,
                        result.documentId(), result.documentType(), result.sha256()), correlationId, now);
            }
        }
        outbox.enqueue(dossierCode, OutboxEntry.Kind.DOSSIER, new DossierSync(stored.dossier(), stored.status(), true,
                set, results.returnedAt(dossierCode)), correlationId, now);
        facts.signedResultAccepted(dossierCode);
        return new CounterDossiers.Accepted(dossierCode, outbox.syncOf(dossierCode).state());
    }

    /**
     * The results as warehouse documents; else 422 naming each failing document, the problem's code being the
     * first that applies of {@code DOCUMENT_NOT_FOUND}, {@code DOCUMENT_TOO_LARGE}, {@code SIGNATURE_INVALID}.
     */
    private List<ResultDocument> checked(DossierTable.Stored stored, List<ResultBody.Item> items) {
        List<ResultDocument> set = new ArrayList<>();
        List<FieldError> failures = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ResultBody.Item item = items.get(i);
            Optional<SignedDocuments.Held> held = warehouse.find(stored.dossier().applicant(), item.documentId());
            String failure = held.isEmpty() ? NOT_FOUND : failureOf(held.get());
            if (failure != null) {
                failures.add(new FieldError("documents[" + i + "].documentId", failure, messageOf(failure)));
            } else {
                SignedDocuments.Held document = held.get();
                set.add(new ResultDocument(document.documentId(), document.title(), document.documentType(),
                        item.number(), document.signer(), document.signedAt(), document.issuer(), document.sha256()));
            }
        }
        if (!failures.isEmpty()) {
            throw new ApiException(problemOf(failures), failures.size() + " of the result documents cannot be "
                    + "returned to the portal; nothing was kept.", failures, null);
        }
        return set;
    }

    /** Why the document cannot be a result (null: it can): too large, else not a PDF, else its signature verdict. */
    private static String failureOf(SignedDocuments.Held document) {
        if (document.sizeBytes() > MAX_FILE_BYTES) {
            return TOO_LARGE;
        }
        if (!PDF.equals(document.mediaType())) {
            return "NOT_PDF";
        }
        return "VALID".equals(document.verdict()) ? null : document.verdict();
    }

    private static ErrorCode problemOf(List<FieldError> failures) {
        if (failures.stream().anyMatch(failure -> NOT_FOUND.equals(failure.code()))) {
            return ErrorCode.DOCUMENT_NOT_FOUND;
        }
        if (failures.stream().anyMatch(failure -> TOO_LARGE.equals(failure.code()))) {
            return ErrorCode.DOCUMENT_TOO_LARGE;
        }
        return ErrorCode.SIGNATURE_INVALID;
    }

    private static String messageOf(String failure) {
        return switch (failure) {
            case NOT_FOUND -> "the warehouse holds no such document of the applicant";
            case TOO_LARGE -> "larger than the portal takes (" + MAX_FILE_BYTES + " bytes)";
            default -> "not a PDF with a valid signature (" + failure + ")";
        };
    }
}
