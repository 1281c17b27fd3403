package vn.hanoi.gateway.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.problem.ApiException;

/** For auditors: whether the trail is intact, and every access to one person's data. */
@RestController
@RequestMapping("/api/v1/audit")
@Access(dataset = Dataset.AUDIT)
class AuditController {

    private final AuditLog log;
    private final SubjectKey subjectKey;
    private final PersonalId personalIdRule = PersonalId.rule();

    AuditController(AuditLog log, SubjectKey subjectKey) {
        this.log = log;
        this.subjectKey = subjectKey;
    }

    @GetMapping("/verify")
    ChainCheck verify() {
        return ChainCheck.of(log);
    }

    @GetMapping("/subjects/{personalId}/accesses")
    List<SubjectAccess> accesses(@PathVariable String personalId) {
        personalIdRule.violation(personalId).ifPresent(message -> {
            throw ApiException.invalid("personalId", personalIdRule.code(), message);
        });
        return log.bySubject(subjectKey.hashOf(personalId)).stream().map(SubjectAccess::of).toList();
    }
}
