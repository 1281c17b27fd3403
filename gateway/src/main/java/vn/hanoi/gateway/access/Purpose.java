package vn.hanoi.gateway.access;

import java.util.regex.Pattern;

/** Why personal data is read: the dossier it serves and the official making the request. */
public record Purpose(String dossierCode, String officerId) {

    public static final String ATTRIBUTE = Purpose.class.getName();
    public static final String DOSSIER_HEADER = "X-Dossier-Code";
    public static final String OFFICER_HEADER = "X-Officer-Id";

    static final Pattern DOSSIER_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final Pattern OFFICER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    static boolean isWellFormed(String dossierCode, String officerId) {
        return dossierCode != null && officerId != null
                && DOSSIER_CODE.matcher(dossierCode).matches() && OFFICER_ID.matcher(officerId).matches();
    }
}
