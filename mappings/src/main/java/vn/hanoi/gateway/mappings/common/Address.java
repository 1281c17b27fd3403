package vn.hanoi.gateway.mappings.common;

import java.util.List;

/**
 * A canonical address. {@code communeCode} is always a current (from 1 July 2025) code; an upstream that
 * sends pre-2025 codes keeps them in the {@code legacy*} fields, and a split pre-2025 commune yields
 * {@code communeCode == null} with the sorted current candidates.
 */
public record Address(
        String country,
        String provinceCode,
        String communeCode,
        String communeName,
        List<String> communeCodeCandidates,
        String legacyDistrictCode,
        String legacyCommuneCode,
        String detail) {

    public Address {
        communeCodeCandidates = List.copyOf(communeCodeCandidates);
    }
}
