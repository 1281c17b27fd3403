package vn.hanoi.gateway.mappings.npsp;

import java.util.List;

/**
 * Where a dossier goes ({@code API.md}): an online dossier to the unit the applicant chose or the commune with
 * jurisdiction, a transfer received over the document axis to the unit it is addressed to, or either to a person
 * who decides between {@code candidates}.
 */
public record Routing(Decision decision, String unitCode, List<String> candidates) {

    public Routing {
        candidates = List.copyOf(candidates);
    }

    public enum Decision {
        CHOSEN_UNIT,
        JURISDICTION,
        ADDRESSED,
        MANUAL_TRIAGE
    }

    public static Routing chosenUnit(String unitCode) {
        return new Routing(Decision.CHOSEN_UNIT, unitCode, List.of());
    }

    public static Routing jurisdiction(String unitCode) {
        return new Routing(Decision.JURISDICTION, unitCode, List.of());
    }

    public static Routing addressed(String unitCode) {
        return new Routing(Decision.ADDRESSED, unitCode, List.of());
    }

    public static Routing manualTriage(List<String> candidates) {
        return new Routing(Decision.MANUAL_TRIAGE, null, candidates.stream().sorted().toList());
    }
}
