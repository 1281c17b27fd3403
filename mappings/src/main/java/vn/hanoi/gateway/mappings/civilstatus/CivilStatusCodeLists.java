package vn.hanoi.gateway.mappings.civilstatus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.Gender;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord.MarriageStatus;
import vn.hanoi.gateway.mappings.common.Text;

/** The civil-status register's code words and codes, as its contract gives them. */
final class CivilStatusCodeLists {

    private static final Map<String, Gender> GENDERS = Map.of("nam", Gender.MALE, "nữ", Gender.FEMALE);

    private static final Map<String, MarriageStatus> MARRIAGE_STATUSES = Map.of(
            "1", MarriageStatus.IN_FORCE, "2", MarriageStatus.DISSOLVED, "3", MarriageStatus.ENDED_BY_DEATH);

    private CivilStatusCodeLists() {
    }

    /** {@code Nam} / {@code Nữ} in any case (and either Unicode form); anything else, or nothing, is UNKNOWN. */
    static Gender gender(String word) {
        if (word == null) {
            return Gender.UNKNOWN;
        }
        String folded = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return GENDERS.getOrDefault(folded, Gender.UNKNOWN);
    }

    /** {@code 1}, {@code 2}, {@code 3} (or {@code 01}…); a code outside the contract's list gives null. */
    static MarriageStatus marriageStatus(String code) {
        return code == null ? null : MARRIAGE_STATUSES.get(Text.withoutLeadingZeros(code));
    }
}
