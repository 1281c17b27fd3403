package vn.hanoi.gateway.mappings.npsp;

import java.util.Arrays;
import java.util.Optional;

/**
 * The gateway's evidence map ({@code npsp.md}): the portal's {@code MaGiayTo}, the canonical document type,
 * and the system that holds it as evidence ({@code null}: the applicant submits it).
 */
public enum DocumentType implements PortalCoded {
    IDENTITY("CCCD", "population"),
    ENTERPRISE_REGISTRATION("GCN_DKDN", "business"),
    SOCIAL_INSURANCE_RECORD("SO_BHXH", "insurance"),
    HEALTH_INSURANCE_CARD("THE_BHYT", "insurance"),
    LAND_USE_CERTIFICATE("GCN_QSDD", "land"),
    BIRTH_CERTIFICATE("GIAY_KHAI_SINH", "warehouse"),
    MARRIAGE_CERTIFICATE("GCN_KET_HON", "warehouse"),
    MARITAL_STATUS_CONFIRMATION("XAC_NHAN_TTHN", "warehouse"),
    APPLICATION_FORM("TO_KHAI", null),
    BIRTH_NOTICE("GIAY_CHUNG_SINH", null),
    CONTRACT("HOP_DONG", null),
    TERMINATION_DECISION("QD_NGHI_VIEC", null);

    private final String portalCode;
    private final String source;

    DocumentType(String portalCode, String source) {
        this.portalCode = portalCode;
        this.source = source;
    }

    /** The portal's {@code MaGiayTo}. */
    @Override
    public String portalCode() {
        return portalCode;
    }

    /** The system holding this document as evidence, or {@code null}. */
    public String source() {
        return source;
    }

    /**
     * The portal's {@code MaGiayTo} of a warehouse document type: the evidence map's code for one of its types,
     * else the warehouse's code itself (capitals, digits and underscores, as {@code MaGiayTo} is).
     */
    public static String portalCodeOf(String documentType) {
        return Arrays.stream(values()).filter(type -> type.name().equals(documentType)).findFirst()
                .map(DocumentType::portalCode).orElse(documentType);
    }

    public static Optional<DocumentType> fromPortal(String maGiayTo) {
        return PortalCoded.find(values(), maGiayTo);
    }
}
