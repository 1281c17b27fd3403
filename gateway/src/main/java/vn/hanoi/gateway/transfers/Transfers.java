package vn.hanoi.gateway.transfers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hanoi.gateway.dossiers.RegisteredDossiers;
import vn.hanoi.gateway.mappings.documentaxis.DocumentIds;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.dossiers.Timestamps;

/**
 * Records transfers and shows them. A transfer is written under the dossier's row lock, with its edXML
 * {@code DocumentId} fixed then ({@code {organ-id},{yyyy/MM/dd},{transferId}/HNI-LTMC}, the day of its creation in
 * Vietnam): over the axis it is PENDING, and the sending job takes it from there; on paper it is only RECORDED. With an
 * {@code Idempotency-Key}, a repeat of the same request answers the transfer it made; another request under that key
 * is a conflict.
 */
@Service
class Transfers {

    private static final Set<DossierStatus> CLOSED = Set.of(DossierStatus.REJECTED, DossierStatus.WITHDRAWN,
            DossierStatus.STOPPED);

    private final TransferTable table;
    private final TransferAnswers answers;
    private final RegisteredDossiers dossiers;
    private final TransferDocuments documents;
    private final String organId;
    private final Clock clock;

    Transfers(TransferTable table, TransferAnswers answers, RegisteredDossiers dossiers, TransferDocuments documents,
              @Value("${gateway.connectors.document-axis.organ-id}") String organId, Clock clock) {
        this.table = table;
        this.answers = answers;
        this.dossiers = dossiers;
        this.documents = documents;
        this.organId = organId;
        this.clock = clock;
    }

    @Transactional
    public TransferView create(String dossierCode, TransferRequest request, String idempotencyKey) {
        String hash = hash(dossierCode, request);
        Optional<TransferView> repeat = repeated(idempotencyKey, hash);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        RegisteredDossiers.Registered dossier = dossiers.lock(dossierCode).orElseThrow(() -> unknown(dossierCode));
        if (CLOSED.contains(dossier.status())) {
            throw new ApiException(ErrorCode.CONFLICT, "The dossier is " + dossier.status() + ": nothing more is transferred.");
        }
        documents.require(dossier.dossier().applicant(), request.documentIds());
        Instant now = clock.instant();
        String transferId = table.nextTransferId();
        StoredTransfer transfer = new StoredTransfer(transferId, dossierCode, request.recipientOrganId(),
                request.purpose(), request.subject(), request.channel(), request.replyBy(), request.documentIds(),
                DocumentIds.of(organId, LocalDate.ofInstant(now, PortalTime.VIETNAM), transferId), hash,
                request.channel() == TransferChannel.AXIS ? StoredTransfer.State.PENDING : StoredTransfer.State.RECORDED,
                null, null, now, null, 0);
        table.insert(transfer, idempotencyKey);
        return view(transfer);
    }

    /** The transfer an earlier request under this key made, if it was this request; another request is a conflict. */
    @Transactional(readOnly = true)
    public Optional<TransferView> repeated(String idempotencyKey, String hash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return table.byIdempotencyKey(idempotencyKey).map(earlier -> {
            if (!earlier.requestHash().equals(hash)) {
                throw new ApiException(ErrorCode.CONFLICT, "Another request was made under this Idempotency-Key.");
            }
            return view(earlier);
        });
    }

    @Transactional(readOnly = true)
    public List<TransferView> of(String dossierCode) {
        if (dossiers.find(dossierCode).isEmpty()) {
            throw unknown(dossierCode);
        }
        return table.ofDossier(dossierCode).stream().map(this::view).toList();
    }

    /** The request's fingerprint under an {@code Idempotency-Key}: every field as checked, and the dossier. */
    static String hash(String dossierCode, TransferRequest request) {
        String canonical = String.join("\n", dossierCode, request.recipientOrganId(), request.purpose().name(),
                request.subject(), String.join(",", request.documentIds()), String.valueOf(request.replyBy()),
                request.channel().name());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TransferView view(StoredTransfer transfer) {
        List<TransferView.Step> history = answers.history(transfer.documentId());
        String status = transfer.state() == StoredTransfer.State.SENT && !history.isEmpty()
                ? history.get(history.size() - 1).status() : transfer.state().name();
        return new TransferView(transfer.transferId(), transfer.dossierCode(), transfer.recipientOrganId(),
                transfer.purpose().name(), transfer.subject(), transfer.channel().name(), transfer.documentId(),
                transfer.messageId(), Timestamps.inVietnam(transfer.createdAt()), Timestamps.inVietnam(transfer.sentAt()),
                status, transfer.lastError(), history, answers.replies(transfer.documentId()));
    }

    private static ApiException unknown(String dossierCode) {
        return new ApiException(ErrorCode.NOT_FOUND, "The gateway holds no dossier " + dossierCode + ".");
    }
}
