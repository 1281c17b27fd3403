package vn.hanoi.gateway.mappings.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Names built from Vietnamese letters, however spaced and cased, come out one way. */
class PersonNamesProperties {

    private static final String LETTERS =
            "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    @Property
    void casingAndSpacingDoNotChangeTheCanonicalName(@ForAll("names") List<String> words,
                                                     @ForAll("spaces") String gap) {
        String upper = String.join(gap, words).toUpperCase(Locale.ROOT);
        String lower = gap + String.join(" ", words).toLowerCase(Locale.ROOT) + gap;

        assertThat(PersonNames.canonical(upper)).isEqualTo(PersonNames.canonical(lower));
    }

    @Property
    void theCanonicalNameIsTitleCasedSingleSpacedAndStable(@ForAll("names") List<String> words,
                                                          @ForAll("spaces") String gap) {
        String canonical = PersonNames.canonical(gap + String.join(gap, words).toUpperCase(Locale.ROOT));

        assertThat(canonical).doesNotContain("  ").isEqualTo(canonical.strip());
        assertThat(canonical.split(" ")).hasSize(words.size()).allSatisfy(word -> {
            assertThat(Character.isUpperCase(word.codePointAt(0)) || Character.isTitleCase(word.codePointAt(0))).isTrue();
            assertThat(word.substring(1)).isEqualTo(word.substring(1).toLowerCase(Locale.ROOT));
        });
        assertThat(PersonNames.canonical(canonical)).isEqualTo(canonical);
    }

    @Property(tries = 50)
    void theDefaultLocaleDoesNotMatter(@ForAll("names") List<String> words) {
        String sent = String.join(" ", words).toUpperCase(Locale.ROOT) + " IN";
        String expected = PersonNames.canonical(sent);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(PersonNames.canonical(sent)).isEqualTo(expected).endsWith(" In");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(8).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(" \t\u00a0").ofMinLength(1).ofMaxLength(4);
    }
}
