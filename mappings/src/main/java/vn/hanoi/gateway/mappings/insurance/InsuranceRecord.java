package vn.hanoi.gateway.mappings.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.hanoi.gateway.mappings.common.AboutPersons;
import vn.hanoi.gateway.mappings.common.CodeName;

/**
 * The canonical social-insurance record, as in {@code fixtures/insurance/canonical/}. {@code dateOfBirth}
 * is null when the register knows only the year.
 */
public record InsuranceRecord(
        String insuranceCode,
        String personalId,
        String fullName,
        LocalDate dateOfBirth,
        Integer birthYear,
        Gender gender,
        Status status,
        List<Participation> participation,
        Integer totalContributionMonths,
        HealthInsuranceCard healthInsuranceCard) implements AboutPersons {

    @Override
    public List<String> personsConcerned() {
        return personalId == null ? List.of() : List.of(personalId);
    }


    public InsuranceRecord {
        participation = List.copyOf(participation);
    }

    public enum Gender { MALE, FEMALE, UNKNOWN }

    public enum Status { CONTRIBUTING, SUSPENDED, RETIRED }

    public enum Scheme { COMPULSORY, VOLUNTARY }

    /** One period with one employer (or voluntary); {@code to} is null while it goes on. */
    public record Participation(
            YearMonth from,
            YearMonth to,
            String employerName,
            String employerCode,
            Scheme scheme,
            BigDecimal salaryBase) {
    }

    public record HealthInsuranceCard(
            String cardNumber,
            LocalDate validFrom,
            LocalDate validTo,
            CodeName registeredFacility) {
    }
}
