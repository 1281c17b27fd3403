package vn.hanoi.gateway.registers.population;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.hanoi.gateway.mappings.population.Citizen;

/**
 * Verification without disclosure: for each fact the caller asked about, whether the register agrees;
 * {@code null} for a fact it did not ask about (at least one must be asked). {@code match} is true when
 * every fact asked about agrees.
 * Names are compared after Unicode NFC normalisation, with runs of white space as one space, ignoring
 * case (diacritics count: Sơn is not Son). A fact the register does not hold does not agree.
 */
record Verification(String personalId, boolean match, Fields fields) {

    record Fields(Boolean fullName, Boolean dateOfBirth) {
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

    static Verification of(VerificationRequest asked, Citizen citizen) {
        Boolean name = asked.fullName() == null ? null : sameName(asked.fullName(), citizen.fullName());
        Boolean born = asked.dateOfBirth() == null ? null : asked.dateOfBirth().equals(citizen.dateOfBirth());
        boolean match = !Boolean.FALSE.equals(name) && !Boolean.FALSE.equals(born);
        return new Verification(asked.personalId(), match, new Fields(name, born));
    }

    static boolean sameName(String asked, String registered) {
        return registered != null && normalised(asked).equals(normalised(registered));
    }

    static String normalised(String name) {
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        String spaced = WHITE_SPACE.matcher(composed).replaceAll(" ").strip();
        return Normalizer.normalize(spaced.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
