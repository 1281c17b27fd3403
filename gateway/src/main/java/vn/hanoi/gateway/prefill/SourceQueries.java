package vn.hanoi.gateway.prefill;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.api.Lookups;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.LookupResult;
import vn.hanoi.gateway.routes.registers.PrefillEvidence.LookupQuery;
import vn.hanoi.gateway.warehouse.OwnerDocuments;

/**
 * How each source is asked for an applicant: a register through the lookup its descriptor names for the subject
 * ({@code Lookups}: cached, resilient, each within its connector's deadline), the warehouse through
 * {@link OwnerDocuments}. A register that holds no such record is {@code NOT_FOUND}; any other failure makes the
 * source {@code UNAVAILABLE}.
 */
@Component
class SourceQueries {

    private final Lookups lookups;
    private final OwnerDocuments warehouse;
    private final ObjectMapper json;
    private final Clock clock;

    SourceQueries(Lookups lookups, OwnerDocuments warehouse, ObjectMapper json, Clock clock) {
        this.lookups = lookups;
        this.warehouse = warehouse;
        this.json = json;
        this.clock = clock;
    }

    /** Why the lookups are made, sent upstream with each: the correlation id, the officer, the procedure. */
    record Context(String correlationId, String officerId) {
    }

    /** The ask of {@code source} for this request, or null when there is nothing to ask it with. */
    Callable<SourceAnswer> query(Source source, PrefillRequest request, Context context) {
        PrefillRequest.Applicant applicant = request.applicant();
        if (source.isWarehouse()) {
            return () -> SourceAnswer.found(json.valueToTree(warehouse.of(applicant.type(), applicant.id())),
                    clock.instant());
        }
        return source.register().orElseThrow().asking().about(request.subject())
                .map(query -> register(query, request, context)).orElse(null);
    }

    private Callable<SourceAnswer> register(LookupQuery query, PrefillRequest request, Context context) {
        LookupRequest lookup = new LookupRequest(query.key(), context.correlationId(), context.officerId(),
                request.procedureCode(), request.dossierCode());
        return () -> {
            try {
                LookupResult result = lookups.lookup(query.lookup(), lookup);
                return SourceAnswer.found(json.valueToTree(result.record()), result.retrievedAt());
            } catch (ApiException failure) {
                return failure.code() == ErrorCode.NOT_FOUND ? SourceAnswer.notFound(clock.instant())
                        : SourceAnswer.unavailable();
            }
        };
    }
}
