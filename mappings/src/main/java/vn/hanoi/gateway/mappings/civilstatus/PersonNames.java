package vn.hanoi.gateway.mappings.civilstatus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as the civil-status contract writes it: runs of white space collapse to one space, the ends are
 * trimmed, and each word gets its first letter in title case and the rest in lower case, by Unicode case
 * mapping independent of the locale ({@code NGUYỄN  VĂN AN} → {@code Nguyễn Văn An}; a Turkish default
 * locale would otherwise turn {@code I} into a dotless {@code ı}). The text is first composed (NFC) so that
 * a letter sent as base letter plus combining marks is one letter, as in the canonical fixtures.
 * No library does this: ICU4J's {@code toTitle} would also split on apostrophes and hyphens differently and
 * is a 13 MB dependency for one function.
 */
final class PersonNames {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private PersonNames() {
    }

    /** The name written canonically; {@code null} for nothing or only white space. */
    static String canonical(String sent) {
        if (sent == null) {
            return null;
        }
        String composed = Normalizer.normalize(sent, Normalizer.Form.NFC);
        String collapsed = WHITE_SPACE.matcher(composed).replaceAll(" ").strip();
        if (collapsed.isEmpty()) {
            return null;
        }
        StringBuilder name = new StringBuilder(collapsed.length());
        for (String word : collapsed.split(" ")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            int first = word.codePointAt(0);
            name.appendCodePoint(Character.toTitleCase(first))
                    .append(word.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
