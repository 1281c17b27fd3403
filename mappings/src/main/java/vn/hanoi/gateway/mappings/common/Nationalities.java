package vn.hanoi.gateway.mappings.common;

import java.util.Locale;

/** A nationality as the registers send it, in the canonical model's spelling. */
public final class Nationalities {

    private static final String VIETNAM = "VN";

    private Nationalities() {
    }

    /** {@code Việt Nam}, however typed, is {@code VN}; any other nationality is kept as sent. */
    public static String canonical(String value) {
        if (value == null) {
            return null;
        }
        String folded = Text.withoutDiacritics(value).replace(" ", "").toUpperCase(Locale.ROOT);
        return "VIETNAM".equals(folded) || VIETNAM.equals(folded) ? VIETNAM : value;
    }
}
