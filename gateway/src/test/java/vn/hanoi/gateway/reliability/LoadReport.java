package vn.hanoi.gateway.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every answer of the run judged, counted by request kind and outcome, printable as a table. */
final class LoadReport {

    private final Map<RequestKind, Map<String, Long>> counts = new TreeMap<>();
    private final Map<String, Long> unexplained = new TreeMap<>();
    private final int total;
    private final Duration load;
    private final List<FaultSchedule.Window> windows;

    LoadReport(List<Call> calls, Explanations explanations, Duration load, List<FaultSchedule.Window> windows) {
        this.total = calls.size();
        this.load = load;
        this.windows = List.copyOf(windows);
        for (Call call : calls) {
            Explanations.Outcome outcome = explanations.judge(call);
            counts.computeIfAbsent(call.kind(), kind -> new TreeMap<>()).merge(outcome.label(), 1L, Long::sum);
            if (!outcome.explained()) {
                unexplained.merge(call.kind() + ": " + outcome.label(), 1L, Long::sum);
            }
        }
    }

    Map<String, Long> unexplained() {
        return unexplained;
    }

    long count(RequestKind kind) {
        return counts.getOrDefault(kind, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many answers of any kind were counted under a label containing {@code text}. */
    long countLabelled(String text) {
        return counts.values().stream().flatMap(byLabel -> byLabel.entrySet().stream())
                .filter(entry -> entry.getKey().contains(text)).mapToLong(Map.Entry::getValue).sum();
    }

    String table() {
        StringBuilder table = new StringBuilder(String.format("%nLoad with faults: %d requests in %ds, %d fault windows (%s)%n",
                total, load.toSeconds(), windows.size(), windows.stream().map(w -> w.system() + ":" + w.fault())
                        .collect(Collectors.joining(", "))));
        table.append(String.format("%-20s | %-70s | %7s%n", "request", "outcome", "count"));
        table.append("-".repeat(103)).append('\n');
        counts.forEach((kind, byLabel) -> byLabel.forEach((label, count) ->
                table.append(String.format("%-20s | %-70s | %7d%n", kind, label, count))));
        return table.toString();
    }
}
