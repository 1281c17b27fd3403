package vn.hanoi.gateway.prefill;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Caller;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.access.Purpose;
import vn.hanoi.gateway.access.PurposeBinding;
import vn.hanoi.gateway.correlation.CorrelationIdFilter;
import vn.hanoi.gateway.personaldata.PersonalDataReads;

/**
 * {@code POST /api/v1/prefill}: personal data for a dossier, so {@code dossiers} and a purpose, plus every dataset
 * the procedure's sources belong to (checked by {@link Prefill}: 403 otherwise).
 */
@RestController
class PrefillController {

    private final Prefill prefill;
    private final PersonalDataReads audit;
    private final Clock clock;

    PrefillController(Prefill prefill, PersonalDataReads audit, Clock clock) {
        this.prefill = prefill;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/prefill", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(dataset = Dataset.DOSSIERS, personalData = true)
    PrefillAnswer prefill(@RequestBody PrefillBody body, HttpServletRequest request) {
        PrefillRequest asked = body.checked();
        Purpose purpose = (Purpose) request.getAttribute(Purpose.ATTRIBUTE);
        PurposeBinding.of(request).ifPresent(binding -> binding.admitDossier(asked.dossierCode()));
        audit.concerns(asked.applicant().id());
        Caller caller = Caller.current().orElse(null);
        Prefill.Outcome outcome = prefill.prefill(asked, caller,
                new SourceQueries.Context(CorrelationIdFilter.current(), purpose.officerId()));
        outcome.consulted().forEach((source, answer) -> auditAccess(request, source, asked, answer));
        return outcome.answer();
    }

    /** AUDIT HOOK call site: one event per source a prefill consulted; the applicant becomes the audit subject. */
    private void auditAccess(HttpServletRequest request, Source source, PrefillRequest asked, SourceAnswer answer) {
        audit.record(PersonalDataReads.Event.of(request, clock.instant(), source.dataset(), asked.applicant().id(),
                "prefill " + asked.procedureCode(), answer.outcome().name()));
    }
}
