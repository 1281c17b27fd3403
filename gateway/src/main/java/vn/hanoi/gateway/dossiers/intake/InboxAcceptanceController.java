package vn.hanoi.gateway.dossiers.intake;

import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.FieldCodes;

/**
 * A unit accepts or refuses what landed in its inbox ({@code docs/axis-inbox.md}, "Accepting and refusing"):
 * {@code entryId} is the inbox entry's (a portal dossier's code, an axis item's messageId). Answers 200 with the
 * {@link Acceptance}; the same decision again answers the same; no personal data in either direction.
 */
@RestController
class InboxAcceptanceController {

    private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final InboxAcceptances acceptances;

    InboxAcceptanceController(InboxAcceptances acceptances) {
        this.acceptances = acceptances;
    }

    @PostMapping(path = "/api/v1/inbox/{entryId}/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(dataset = Dataset.DOSSIERS)
    Acceptance decide(@PathVariable String entryId, @RequestBody AcceptanceBody body) {
        if (!ENTRY_ID.matcher(entryId).matches()) {
            throw ApiException.invalid("entryId", FieldCodes.INVALID_VALUE, "1-64 of [A-Za-z0-9._-]");
        }
        return acceptances.decide(entryId, body.checked());
    }
}
