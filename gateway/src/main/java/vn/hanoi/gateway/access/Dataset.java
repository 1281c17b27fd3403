package vn.hanoi.gateway.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The datasets a client can be entitled to, as named in {@code API.md}. */
public enum Dataset {
    POPULATION, BUSINESS, INSURANCE, LAND, WAREHOUSE, DOSSIERS, AUDIT, OPS, INDICATORS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dataset of a wire name ({@code population}), or empty for a name the gateway does not know. */
    public static Optional<Dataset> fromWireName(String name) {
        return Arrays.stream(values()).filter(dataset -> dataset.wireName().equals(name)).findFirst();
    }
}
