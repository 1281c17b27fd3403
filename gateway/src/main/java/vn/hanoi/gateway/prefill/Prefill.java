package vn.hanoi.gateway.prefill;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.hanoi.gateway.access.Caller;
import vn.hanoi.gateway.dossiers.catalogue.KnownProcedures;
import vn.hanoi.gateway.kpi.OnceOnlyLedger;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.prefill.PrefillAnswer.Item;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/**
 * One prefill: the procedure's components from the catalogue; the caller entitled to every source they name
 * (else 403); each source asked once, all in parallel, and waited for until the overall deadline at the most (a
 * source not done by then is {@code UNAVAILABLE}); each component's status by {@link EvidenceRules}; the outcome
 * recorded in the once-only ledger.
 */
@Service
class Prefill {

    private final KnownProcedures catalogue;
    private final Sources evidenceSources;
    private final SourceQueries queries;
    private final PrefillWorkers workers;
    private final OnceOnlyLedger ledger;
    private final PrefillSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ConcurrentMap<String, Counter> componentCounters = new ConcurrentHashMap<>();

    Prefill(KnownProcedures catalogue, Sources sources, SourceQueries queries, PrefillWorkers workers,
            OnceOnlyLedger ledger, PrefillSettings settings, Clock clock, MeterRegistry meters) {
        this.catalogue = catalogue;
        this.evidenceSources = sources;
        this.queries = queries;
        this.workers = workers;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** The answer, and what each source consulted answered (for the audit trail). */
    record Outcome(PrefillAnswer answer, Map<Source, SourceAnswer> consulted) {
    }

    Outcome prefill(PrefillRequest request, Caller caller, SourceQueries.Context context) {
        Procedure procedure = catalogue.require(request.procedureCode());
        if (procedure.applicantType() != null && procedure.applicantType() != request.applicant().type()) {
            throw ApiException.invalid("applicant.type", "APPLICANT_TYPE_MISMATCH",
                    "procedure " + procedure.code() + " is for a " + procedure.applicantType() + " applicant");
        }
        List<Source> sources = procedure.documents().stream().map(document -> evidenceSources.named(document.source()))
                .flatMap(Optional::stream).distinct().toList();
        requireEntitled(caller, sources, procedure.code());
        Map<Source, SourceAnswer> answers = ask(withFirstSources(procedure, sources, caller), request, context);
        LocalDate today = LocalDate.ofInstant(clock.instant(), PortalTime.VIETNAM);
        List<Item> items = procedure.documents().stream().map(document -> {
            Optional<Source> source = evidenceSources.named(document.source());
            SourceAnswer answer = source.map(answers::get).orElse(SourceAnswer.notAsked());
            Optional<Source> first = evidenceSources.first(document.documentType()).filter(answers::containsKey);
            return first.isPresent()
                    ? EvidenceRules.firstThen(document, first.get(), answers.get(first.get()), source, answer,
                            request.subject(), today)
                    : EvidenceRules.item(document, source, answer, request.subject(), today);
        }).toList();
        PrefillAnswer answer = PrefillAnswer.of(procedure.code(), request.dossierCode(), items);
        record(answer);
        Map<Source, SourceAnswer> consulted = new LinkedHashMap<>();
        answers.forEach((source, said) -> {
            if (said.outcome() != SourceAnswer.Outcome.NOT_ASKED) {
                consulted.put(source, said);
            }
        });
        return new Outcome(answer, consulted);
    }

    /**
     * The registers asked first for some of the procedure's components are asked too, when the caller may read them;
     * a caller who may not is answered from the catalogue's sources alone (the catalogue did not name them).
     */
    private List<Source> withFirstSources(Procedure procedure, List<Source> sources, Caller caller) {
        Stream<Source> first = procedure.documents().stream()
                .map(document -> evidenceSources.first(document.documentType())).flatMap(Optional::stream)
                .filter(source -> caller.isEntitledTo(source.dataset()));
        return Stream.concat(sources.stream(), first).distinct().toList();
    }

    private static void requireEntitled(Caller caller, List<Source> sources, String procedureCode) {
        List<String> outside = sources.stream().filter(source -> !caller.isEntitledTo(source.dataset()))
                .map(Source::wireName).toList();
        if (!outside.isEmpty()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Procedure " + procedureCode + " draws evidence from "
                    + String.join(", ", outside) + ", outside client " + caller.clientId() + "'s entitlements.");
        }
    }

    private Map<Source, SourceAnswer> ask(List<Source> sources, PrefillRequest request, SourceQueries.Context context) {
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        Map<Source, Future<SourceAnswer>> asked = new LinkedHashMap<>();
        Map<Source, SourceAnswer> answers = new LinkedHashMap<>();
        for (Source source : sources) {
            Callable<SourceAnswer> query = queries.query(source, request, context);
            if (query == null) {
                answers.put(source, SourceAnswer.notAsked());
                continue;
            }
            try {
                asked.put(source, workers.submit(query));
            } catch (RejectedExecutionException poolFull) {
                answers.put(source, SourceAnswer.unavailable());
            }
        }
        asked.forEach((source, future) -> answers.put(source, await(future, deadline)));
        return answers;
    }

    private static SourceAnswer await(Future<SourceAnswer> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException late) {
            future.cancel(true);
            return SourceAnswer.unavailable();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return SourceAnswer.unavailable();
        }
    }

    /** A component as the ledger keeps it; one the catalogue gave no code is known by its position. */
    private static OnceOnlyLedger.Component component(Item item, int position) {
        return new OnceOnlyLedger.Component(item.componentCode() == null ? "#" + position : item.componentCode(),
                item.documentType() == null ? null : item.documentType().name(), item.source(), item.required(),
                item.status() == PrefillAnswer.Status.FULFILLED);
    }

    /** Built once per source and status, not on every prefill (as ConnectorMetrics does for its meters). */
    private Counter componentCounter(String source, PrefillAnswer.Status status) {
        return componentCounters.computeIfAbsent(source + "/" + status, key -> meters.counter(
                "gateway.prefill.components", "source", source, "status", status.name()));
    }

    private void record(PrefillAnswer answer) {
        List<Item> items = answer.items();
        ledger.prefilled(new OnceOnlyLedger.PrefilledDossier(answer.dossierCode(), answer.procedureCode(),
                clock.instant(), IntStream.range(0, items.size()).mapToObj(i -> component(items.get(i), i)).toList()));
        items.forEach(item -> componentCounter(item.source() == null ? "none" : item.source(), item.status()).increment());
    }
}
