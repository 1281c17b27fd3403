package vn.hanoi.gateway.mappings.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Hà Nội's administrative units before and after the 1 July 2025 reform, read from the copies of
 * {@code data/admin-units/} on the classpath. Immutable and safe to share.
 */
public final class AdminUnits {

    public static final String HANOI_PROVINCE_CODE = "01";

    private static final AdminUnits BUNDLED = load();

    private final Map<String, String> currentNames;
    private final Map<String, String> legacyNames;
    private final Map<String, String> legacyDistrictOf;
    private final Map<String, List<String>> currentCodesOfLegacy;
    private final Map<String, List<String>> legacyCodesOfCurrent;

    private AdminUnits(Map<String, String> currentNames, Map<String, String> legacyNames,
                       Map<String, String> legacyDistrictOf, Map<String, List<String>> currentCodesOfLegacy,
                       Map<String, List<String>> legacyCodesOfCurrent) {
        this.currentNames = Map.copyOf(currentNames);
        this.legacyNames = Map.copyOf(legacyNames);
        this.legacyDistrictOf = Map.copyOf(legacyDistrictOf);
        this.currentCodesOfLegacy = Map.copyOf(currentCodesOfLegacy);
        this.legacyCodesOfCurrent = Map.copyOf(legacyCodesOfCurrent);
    }

    /** The units bundled with the gateway. */
    public static AdminUnits hanoi() {
        return BUNDLED;
    }

    /** A pre-2025 commune code: where it went. */
    public CommuneResolution resolveLegacy(String legacyCommuneCode) {
        List<String> targets = currentCodesOfLegacy.getOrDefault(legacyCommuneCode, List.of());
        if (targets.size() == 1) {
            String code = targets.get(0);
            return new CommuneResolution(code, currentNames.get(code), List.of());
        }
        return new CommuneResolution(null, null, targets);
    }

    /** A current commune code: itself, with its official name when known. */
    public CommuneResolution resolveCurrent(String communeCode) {
        return new CommuneResolution(communeCode, currentNames.get(communeCode), List.of());
    }

    public boolean isCurrentCommune(String code) {
        return currentNames.containsKey(code);
    }

    public boolean isLegacyCommune(String code) {
        return legacyNames.containsKey(code);
    }

    public Optional<String> legacyDistrictOf(String legacyCommuneCode) {
        return Optional.ofNullable(legacyDistrictOf.get(legacyCommuneCode));
    }

    /** The pre-2025 communes (whole or in part) that a current commune was made of, sorted. */
    public List<String> legacyCodesOf(String currentCommuneCode) {
        return legacyCodesOfCurrent.getOrDefault(currentCommuneCode, List.of());
    }

    public Optional<String> currentName(String communeCode) {
        return Optional.ofNullable(currentNames.get(communeCode));
    }

    private static AdminUnits load() {
        ObjectMapper json = new ObjectMapper();
        JsonNode current = read(json, "admin-units/hanoi-units-2025.json");
        JsonNode legacy = read(json, "admin-units/hanoi-units-pre2025.json");

        Map<String, String> currentNames = new HashMap<>();
        current.get("communes").forEach(c -> currentNames.put(c.get("code").asText(), c.get("name").asText()));

        Map<String, String> legacyNames = new HashMap<>();
        Map<String, String> legacyDistrictOf = new HashMap<>();
        legacy.get("communes").forEach(c -> {
            legacyNames.put(c.get("code").asText(), c.get("name").asText());
            legacyDistrictOf.put(c.get("code").asText(), c.get("districtCode").asText());
        });

        Map<String, TreeSet<String>> targets = new HashMap<>();
        Map<String, List<String>> sources = new HashMap<>();
        current.get("mapping").forEach(m -> {
            String newCode = m.get("newCode").asText();
            TreeSet<String> olds = new TreeSet<>();
            m.get("oldCodes").forEach(o -> {
                olds.add(o.asText());
                targets.computeIfAbsent(o.asText(), k -> new TreeSet<>()).add(newCode);
            });
            sources.put(newCode, List.copyOf(olds));
        });
        Map<String, List<String>> currentCodesOfLegacy = new HashMap<>();
        targets.forEach((old, news) -> currentCodesOfLegacy.put(old, List.copyOf(new ArrayList<>(news))));
        return new AdminUnits(currentNames, legacyNames, legacyDistrictOf, currentCodesOfLegacy, sources);
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        try (InputStream in = AdminUnits.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
