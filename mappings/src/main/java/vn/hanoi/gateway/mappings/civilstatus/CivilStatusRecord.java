package vn.hanoi.gateway.mappings.civilstatus;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.gateway.mappings.common.AboutPersons;
import vn.hanoi.gateway.mappings.common.CodeName;

/**
 * The canonical civil-status record, as in {@code fixtures/civil-status/canonical/}: the electronic birth,
 * marriage and death registrations of one person. {@code birth} is null when the register holds no electronic
 * birth record (old paper books are not all digitised), {@code death} while the person is alive or the death
 * was not registered electronically; {@code marriages} are oldest first.
 */
public record CivilStatusRecord(String personalId, Birth birth, List<Marriage> marriages, Death death)
        implements AboutPersons {

    public CivilStatusRecord {
        marriages = List.copyOf(marriages);
    }

    /**
     * The person asked for. Parents and spouses appear only as they are named on that person's registrations;
     * the lookup reads the asked person's file, so it is audited against that person.
     */
    @Override
    public List<String> personsConcerned() {
        return personalId == null ? List.of() : List.of(personalId);
    }

    /** The registering commune (or, abroad, the Vietnamese mission: {@code code} null). */
    public record Registrar(String code, String name, String currentCommuneCode) {
    }

    public record Birth(
            String registrationNumber,
            String book,
            LocalDate registeredOn,
            Registrar registrar,
            String fullName,
            Gender gender,
            LocalDate dateOfBirth,
            String placeOfBirth,
            CodeName ethnicity,
            String nationality,
            Parent father,
            Parent mother) {
    }

    /** {@code personalId} is null for a parent without one. */
    public record Parent(String fullName, String personalId, Integer birthYear) {
    }

    /** {@code endedOn} is null while the marriage is in force. */
    public record Marriage(
            String registrationNumber,
            String book,
            LocalDate registeredOn,
            Registrar registrar,
            Spouse spouse,
            MarriageStatus status,
            LocalDate endedOn) {
    }

    /** The other party to a marriage: the one who is not the person asked for. */
    public record Spouse(String fullName, String personalId, LocalDate dateOfBirth) {
    }

    public record Death(
            String registrationNumber,
            String book,
            LocalDate registeredOn,
            Registrar registrar,
            LocalDate dateOfDeath,
            String placeOfDeath) {
    }

    public enum Gender { MALE, FEMALE, UNKNOWN }

    public enum MarriageStatus { IN_FORCE, DISSOLVED, ENDED_BY_DEATH }
}
