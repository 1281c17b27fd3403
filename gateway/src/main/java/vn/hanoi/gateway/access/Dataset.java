package vn.hanoi.gateway.access;

import java.util.Locale;

/** The datasets a client can be entitled to, as named in {@code API.md}. */
public enum Dataset {
    POPULATION, BUSINESS, INSURANCE, LAND, WAREHOUSE, DOSSIERS, AUDIT, OPS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
