package vn.hanoi.gateway.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.hanoi.gateway.dossiers.DossierRequests;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.PortalTime;

/**
 * A dossier one virtual caller owns, and every change of it the gateway accepted (202), in order, as the portal
 * keys them: {@code [SYNC, summary]} for a registration or update, {@code [PROGRESS, status code, time]} for
 * a progress update. Its path through the state machine is a fixed script, maybe cut short by a withdrawal. The
 * script ends at {@code PROCESSED}: returning the result needs a signed result of the applicant's first
 * ({@code SignedResultsIT}), which the load's applicant does not have.
 */
final class TrackedDossier {

    private static final List<String> SCRIPT = List.of("ACCEPTED", "PROCESSING", "PROCESSING",
            "SUPPLEMENT_REQUESTED", "PROCESSING", "PROCESSED");
    private static final Set<String> FINAL = Set.of("WITHDRAWN");

    private final String code;
    private final List<List<String>> accepted = new ArrayList<>();
    private String status = "RECEIVED";
    private int step;
    private int minutes;
    private int version;

    TrackedDossier(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    boolean isFinal() {
        return FINAL.contains(status);
    }

    /** Final, or at the end of its script: nothing more to do with it. */
    boolean isDone() {
        return isFinal() || step >= SCRIPT.size();
    }

    List<List<String>> accepted() {
        return List.copyOf(accepted);
    }

    /** The body registering it (version 0) or updating it: only the summary changes. */
    ObjectNode nextRegistration() {
        return DossierRequests.dossier(code).put("summary", summary(version + 1));
    }

    void registrationAccepted() {
        version++;
        accepted.add(List.of("SYNC", summary(version)));
    }

    /** The next step of the script, or a withdrawal; a minute after the last. */
    ObjectNode nextStep(boolean withdraw) {
        String next = withdraw && !"PROCESSED".equals(status) ? "WITHDRAWN" : SCRIPT.get(step);
        return DossierRequests.progress(next, minutes + 1);
    }

    /**
     * A step the gateway must refuse (409): one the table does not allow from here, or (when {@code backdated})
     * the next allowed step dated before the current one.
     */
    ObjectNode refusedStep(boolean backdated) {
        if (backdated && !isDone()) {
            return DossierRequests.progress(SCRIPT.get(step), minutes - 1);
        }
        return DossierRequests.progress("PROCESSED".equals(status) ? "ACCEPTED" : "RESULT_RETURNED", minutes + 1);
    }

    void stepAccepted(ObjectNode progress) {
        status = progress.path("status").asText();
        step = "WITHDRAWN".equals(status) ? step : step + 1;
        minutes++;
        accepted.add(List.of("PROGRESS", portalCode(status),
                PortalTime.format(DossierRequests.RECEIVED_AT.plusMinutes(minutes))));
    }

    static String portalCode(String status) {
        return DossierStatus.valueOf(status).portalCode();
    }

    private String summary(int v) {
        return "Đăng ký thường trú, lần " + v;
    }
}
