package vn.hanoi.gateway.mappings.population;

import java.util.Map;
import vn.hanoi.gateway.mappings.common.CodeName;
import vn.hanoi.gateway.mappings.population.Citizen.Gender;
import vn.hanoi.gateway.mappings.population.Citizen.MaritalStatus;

/** The population register's code lists, as its contract gives them. */
final class PopulationCodeLists {

    private static final Map<String, String> ETHNICITIES = Map.of(
            "01", "Kinh", "02", "Tày", "03", "Thái", "04", "Hoa", "05", "Khơ-me", "06", "Mường", "07", "Nùng");

    private static final Map<String, String> RELIGIONS = Map.of(
            "00", "Không", "01", "Phật giáo", "02", "Công giáo", "03", "Tin lành", "04", "Cao Đài",
            "05", "Phật giáo Hòa Hảo");

    private static final Map<String, Gender> GENDERS = Map.of("1", Gender.MALE, "2", Gender.FEMALE);

    private static final Map<String, MaritalStatus> MARITAL_STATUSES = Map.of(
            "1", MaritalStatus.SINGLE, "2", MaritalStatus.MARRIED, "3", MaritalStatus.DIVORCED,
            "4", MaritalStatus.WIDOWED);

    private PopulationCodeLists() {
    }

    /** A code with its name; an unknown code keeps the code with no name; no code gives null. */
    static CodeName ethnicity(String code) {
        return code == null ? null : new CodeName(code, ETHNICITIES.get(code));
    }

    static CodeName religion(String code) {
        return code == null ? null : new CodeName(code, RELIGIONS.get(code));
    }

    static Gender gender(String code) {
        return code == null ? Gender.UNKNOWN : GENDERS.getOrDefault(code, Gender.UNKNOWN);
    }

    static MaritalStatus maritalStatus(String code) {
        return code == null ? MaritalStatus.UNKNOWN : MARITAL_STATUSES.getOrDefault(code, MaritalStatus.UNKNOWN);
    }
}
