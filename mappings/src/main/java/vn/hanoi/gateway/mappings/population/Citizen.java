package vn.hanoi.gateway.mappings.population;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.gateway.mappings.common.AboutPersons;
import vn.hanoi.gateway.mappings.common.Address;
import vn.hanoi.gateway.mappings.common.CodeName;

/** The canonical citizen, as in {@code fixtures/population/canonical/}. Blood group is never carried. */
public record Citizen(
        String personalId,
        String formerIdNumber,
        String fullName,
        String familyName,
        String middleName,
        String givenName,
        Gender gender,
        LocalDate dateOfBirth,
        Integer birthYear,
        String nationality,
        CodeName ethnicity,
        CodeName religion,
        MaritalStatus maritalStatus,
        Address birthRegistrationPlace,
        Address hometown,
        Address permanentAddress,
        Address currentAddress,
        HouseholdHead householdHead,
        Relative father,
        Relative mother,
        Relative spouse) implements AboutPersons {

    @Override
    public List<String> personsConcerned() {
        return personalId == null ? List.of() : List.of(personalId);
    }


    public enum Gender { MALE, FEMALE, UNKNOWN }

    public enum MaritalStatus { SINGLE, MARRIED, DIVORCED, WIDOWED, UNKNOWN }

    public record Relative(String fullName, String personalId) {
    }

    public record HouseholdHead(String personalId, String fullName, String relationship) {
    }
}
