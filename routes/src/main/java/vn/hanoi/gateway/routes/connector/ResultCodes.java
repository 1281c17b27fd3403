package vn.hanoi.gateway.routes.connector;

/**
 * The in-band result codes ({@code MaKetQua}) of the SOAP registers, as {@code population.md} defines them
 * and {@code land.md} reuses them: {@code 00} found, {@code 01} not found, {@code 02} request invalid,
 * {@code 99} register error; anything else is an answer the gateway cannot use.
 */
public final class ResultCodes {

    public static final String FOUND = "00";

    private ResultCodes() {
    }

    /**
     * The record when the code says found and the answer holds one; otherwise the failure the code names
     * ({@link FailureKind#MALFORMED_RESPONSE} for {@code 00} without a record).
     */
    public static <T> T requireFound(String system, String resultCode, T record) {
        String code = resultCode == null ? "" : resultCode.strip();
        return switch (code) {
            case FOUND -> {
                if (record == null) {
                    throw new UpstreamException(system, FailureKind.MALFORMED_RESPONSE, "MaKetQua 00 without a record");
                }
                yield record;
            }
            case "01" -> throw new UpstreamException(system, FailureKind.NOT_FOUND, "MaKetQua 01");
            case "02" -> throw new UpstreamException(system, FailureKind.REJECTED_REQUEST, "MaKetQua 02");
            case "99" -> throw new UpstreamException(system, FailureKind.REGISTER_ERROR, "MaKetQua 99");
            default -> throw new UpstreamException(system, FailureKind.MALFORMED_RESPONSE, "unknown MaKetQua");
        };
    }
}
