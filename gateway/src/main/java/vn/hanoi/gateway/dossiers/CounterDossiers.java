package vn.hanoi.gateway.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.DossierSync;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.mappings.npsp.ProgressSync;
import vn.hanoi.gateway.mappings.npsp.ProgressUpdate;
import vn.hanoi.gateway.mappings.npsp.ResultDocument;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.routes.npsp.OutboxEntry;

/**
 * Registers dossiers and their progress: each accepted change and its outbox entry are written in one
 * transaction, under the dossier's row lock, so changes of one dossier are ordered and none is lost. A repeat
 * of what is already stored is accepted without a new entry. Every {@code DongBoHoSoMC} carries the dossier's
 * result set and return time ({@link DossierResults}); {@code RESULT_RETURNED} needs a result, and is followed by a
 * {@code DongBoHoSoMC} with {@code NgayTra}.
 */
@Service
class CounterDossiers {

    private final DossierTable dossiers;
    private final OutboxTable outbox;
    private final ResultTable results;
    private final DossierFacts facts;
    private final Clock clock;

    CounterDossiers(DossierTable dossiers, OutboxTable outbox, ResultTable results, DossierFacts facts, Clock clock) {
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.results = results;
        this.facts = facts;
        this.clock = clock;
    }

    record Accepted(String dossierCode, String syncState) {
    }

    @Transactional
    public Accepted register(CounterDossier received, String correlationId) {
        CounterDossier dossier = DossierTable.normalised(received);
        Instant now = clock.instant();
        Optional<DossierTable.Stored> existing = dossiers.lock(dossier.dossierCode());
        if (existing.isEmpty()) {
            dossiers.insert(dossier, now);
            facts.registered(dossier);
            outbox.enqueue(dossier.dossierCode(), OutboxEntry.Kind.DOSSIER,
                    new DossierSync(dossier, DossierStatus.RECEIVED, false), correlationId, now);
        } else if (!existing.get().dossier().equals(dossier)) {
            DossierStatus status = existing.get().status();
            if (DossierLifecycle.isFinal(status)) {
                throw new ApiException(ErrorCode.CONFLICT, "The dossier is " + status + ": it can no longer change.");
            }
            dossiers.replace(dossier, now);
            facts.registered(dossier);
            outbox.enqueue(dossier.dossierCode(), OutboxEntry.Kind.DOSSIER, new DossierSync(dossier, status, true,
                    results.results(dossier.dossierCode()), results.returnedAt(dossier.dossierCode())), correlationId, now);
        }
        return accepted(dossier.dossierCode());
    }

    @Transactional
    public Accepted progress(String dossierCode, ProgressUpdate update, String correlationId) {
        DossierTable.Stored stored = dossiers.lock(dossierCode).orElseThrow(() -> unknown(dossierCode));
        List<DossierTable.HistoryEntry> history = dossiers.history(dossierCode);
        if (history.get(history.size() - 1).isSameAs(update)) {
            return accepted(dossierCode);
        }
        DossierStatus from = stored.status();
        if (!DossierLifecycle.allows(from, update.status())) {
            throw new ApiException(ErrorCode.CONFLICT, "A dossier that is " + from + " cannot become " + update.status()
                    + "; allowed: " + DossierLifecycle.next(from).stream().sorted().toList() + ".");
        }
        List<ResultDocument> resultSet = results.results(dossierCode);
        if (update.status() == DossierStatus.RESULT_RETURNED && resultSet.isEmpty()) {
            throw new ApiException(ErrorCode.CONFLICT, "The dossier has no result to return: send it first "
                    + "(POST /api/v1/dossiers/" + dossierCode + "/result).");
        }
        Instant at = update.at().toInstant();
        if (at.isBefore(stored.statusAt())) {
            throw new ApiException(ErrorCode.CONFLICT, "at is before the current status's: progress arrives in order.");
        }
        if (history.stream().anyMatch(step -> step.status() == update.status()
                && step.at().truncatedTo(ChronoUnit.SECONDS).equals(at.truncatedTo(ChronoUnit.SECONDS)))) {
            throw new ApiException(ErrorCode.CONFLICT, "The dossier already went " + update.status()
                    + " in that second: the portal would take this for a duplicate.");
        }
        Instant now = clock.instant();
        dossiers.moveTo(dossierCode, update, now);
        facts.progressed(dossierCode, update);
        outbox.enqueue(dossierCode, OutboxEntry.Kind.PROGRESS, new ProgressSync(dossierCode, update,
                Timestamps.sql(stored.statusAt()), stored.dossier().dueAt()), correlationId, now);
        if (update.status() == DossierStatus.RESULT_RETURNED) {
            results.returned(dossierCode, update.at());
            outbox.enqueue(dossierCode, OutboxEntry.Kind.DOSSIER, new DossierSync(stored.dossier(),
                    DossierStatus.RESULT_RETURNED, true, resultSet, PortalTime.inVietnam(update.at())), correlationId, now);
        }
        return accepted(dossierCode);
    }

    @Transactional(readOnly = true)
    public DossierView view(String dossierCode) {
        DossierTable.Stored stored = dossiers.find(dossierCode).orElseThrow(() -> unknown(dossierCode));
        return DossierView.of(stored, dossiers.history(dossierCode), results.shown(dossierCode),
                results.returnedAt(dossierCode), outbox.syncOf(dossierCode));
    }

    private Accepted accepted(String dossierCode) {
        return new Accepted(dossierCode, outbox.syncOf(dossierCode).state());
    }

    private static ApiException unknown(String dossierCode) {
        return new ApiException(ErrorCode.NOT_FOUND, "The gateway holds no dossier " + dossierCode + ".");
    }
}
