package vn.hanoi.gateway.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The datasets a client can be entitled to, as named in {@code API.md}. */
public enum Dataset {
    POPULATION, BUSINESS, INSURANCE, LAND, WAREHOUSE, DOSSIERS, AUDIT, OPS,
    /** May read personal data outside the stated dossier's parties, with a reason (an audited override). */
    PURPOSE_OVERRIDE,
    /** The citizen portal: a citizen's own access history. */
    ACCESS_HISTORY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The dataset of a wire name ({@code population}), or empty for a name the gateway does not know. */
    public static Optional<Dataset> fromWireName(String name) {
        return Arrays.stream(values()).filter(dataset -> dataset.wireName().equals(name)).findFirst();
    }
}
