package vn.hanoi.gateway.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides whether an answer is explained: by the request itself (the status it had to get: 404 for an unknown
 * id, 409 for a step the state machine refuses), or by a fault of the system it needs, active while it ran or
 * just before (the aftermath: the circuit breaker still open, a late timeout). Anything else, a 500, an error
 * without problem+json or with the wrong code, is unexplained.
 */
final class Explanations {

    /** The verdict on one answer: a label to count it under in the summary. */
    record Outcome(String label, boolean explained) {
    }

    private static final Map<Integer, String> CODES = Map.of(400, "VALIDATION_FAILED", 404, "NOT_FOUND",
            409, "CONFLICT", 429, "RATE_LIMITED", 502, "UPSTREAM_ERROR", 503, "UPSTREAM_UNAVAILABLE",
            504, "UPSTREAM_TIMEOUT");

    private final List<FaultSchedule.Window> windows;
    private final Function<UpstreamFault, Duration> aftermath;

    Explanations(List<FaultSchedule.Window> windows, Function<UpstreamFault, Duration> aftermath) {
        this.windows = List.copyOf(windows);
        this.aftermath = aftermath;
    }

    Outcome judge(Call call) {
        if (call.status() == Call.NO_ANSWER) {
            return unexplained("no answer (" + call.code() + ")");
        }
        if (call.status() >= 400 && !(call.problemJson() && Objects.equals(call.code(), CODES.get(call.status())))) {
            return unexplained(call.status() + " " + call.code() + (call.problemJson() ? "" : " not problem+json"));
        }
        if (call.status() == 503 && !call.retryAfter()) {
            return unexplained("503 without Retry-After");
        }
        if (call.status() == call.expected()) {
            return expectedAnswer(call);
        }
        String faults = faultsOf(call.kind().upstream(), call, call.status());
        String answer = call.status() + " " + call.code();
        if (!faults.isEmpty()) {
            return new Outcome(answer + " <- " + faults, true);
        }
        return unexplained(answer + (call.kind().upstream() == null ? " instead of " + call.expected()
                : " while " + call.kind().upstream() + " was healthy"));
    }

    private Outcome expectedAnswer(Call call) {
        String label = call.status() + (call.code() == null ? "" : " " + call.code());
        if ("STALE".equals(call.cache())) {
            String faults = faultsOf(call.kind().upstream(), call, 0);
            return faults.isEmpty() ? unexplained(label + " STALE while healthy")
                    : new Outcome(label + " STALE <- " + faults, true);
        }
        for (String source : call.unavailableSources()) {
            if (faultsOf(source, call, 0).isEmpty()) {
                return unexplained(label + " with " + source + " UNAVAILABLE while it was healthy");
            }
        }
        return call.unavailableSources().isEmpty() ? new Outcome(label, true)
                : new Outcome(label + " with " + String.join("+", call.unavailableSources()) + " UNAVAILABLE <- fault", true);
    }

    /** The faults of {@code system} the call met that explain {@code status} (0: any), joined; empty if none. */
    private String faultsOf(String system, Call call, int status) {
        if (system == null) {
            return "";
        }
        return windows.stream()
                .filter(window -> window.system().equals(system))
                .filter(window -> window.overlaps(call.startNanos(), call.endNanos(), aftermath.apply(window.fault())))
                .map(FaultSchedule.Window::fault)
                .filter(fault -> status == 0 || fault.explains(status))
                .map(Enum::name).distinct().sorted().collect(Collectors.joining("/"));
    }

    private static Outcome unexplained(String why) {
        return new Outcome("UNEXPLAINED " + why, false);
    }
}
