/**
 * The land database (Cơ sở dữ liệu đất đai): SOAP 1.1 through Apache CXF, OAuth2 client-credentials token,
 * {@code ThongTinThuaDat} mapped to the canonical Parcel. Two routes: {@code land-parcel}
 * ({@code TraCuuThuaDat}, keyed by {@link vn.hanoi.gateway.routes.land.ParcelKey}) and
 * {@code land-certificate} ({@code TraCuuTheoGiayChungNhan}, keyed by the certificate serial).
 *
 * <p>The register knows pre-2025 commune codes only. A parcel lookup turns the commune code the caller sent
 * into the pre-2025 codes to ask ({@code LegacyCommuneCodes.toTryFor}): a pre-2025 code is asked as it is;
 * a current code gives the old communes it was made of, its namesake first, then ascending. They are asked
 * one after the other within the request's one deadline: the first found wins (its
 * {@code legacyCommuneCode} says which), "not found" moves on to the next, any other failure ends the
 * lookup with that failure, and when none holds the parcel the answer is "not found". A commune code
 * neither list knows is "not found" without asking the register. The whole sequence is one attempt for
 * the retry policy and the circuit breaker: a retried failure starts it again. The cache is keyed by the
 * commune code as sent and the numbers without leading zeros. See {@code docs/land.md}.
 */
package vn.hanoi.gateway.routes.land;
