package vn.hanoi.gateway.mappings.common;

import java.util.List;

/**
 * Where a commune code lands among the current communes: one current commune, several candidates
 * (the old commune was split), or nothing known.
 */
public record CommuneResolution(String communeCode, String communeName, List<String> candidates) {

    public CommuneResolution {
        candidates = List.copyOf(candidates);
    }

    static CommuneResolution unknown() {
        return new CommuneResolution(null, null, List.of());
    }

    public boolean isDecided() {
        return communeCode != null;
    }
}
