package vn.hanoi.gateway.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/** Why personal data is read: the dossier it serves and the official making the request. */
public record Purpose(String dossierCode, String officerId) {

    public static final String ATTRIBUTE = Purpose.class.getName();
    public static final String DOSSIER_HEADER = "X-Dossier-Code";
    public static final String OFFICER_HEADER = "X-Officer-Id";

    static final Pattern DOSSIER_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final Pattern OFFICER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /**
     * The dossier the caller stated ({@code X-Dossier-Code}, sent once and well-formed), also on an endpoint that
     * requires no purpose: the national data-sharing platform asks one of every call it relays. Null when none.
     */
    public static String statedDossierCode(HttpServletRequest request) {
        String code = SingleHeader.of(request, DOSSIER_HEADER);
        return code != null && DOSSIER_CODE.matcher(code).matches() ? code : null;
    }

    static boolean isWellFormed(String dossierCode, String officerId) {
        return dossierCode != null && officerId != null
                && DOSSIER_CODE.matcher(dossierCode).matches() && OFFICER_ID.matcher(officerId).matches();
    }
}
