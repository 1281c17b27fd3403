package vn.hanoi.gateway.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.dossiers.Timestamps;

/**
 * Checks the last digital signature of a PDF (PDFBox finds it and the bytes it signs, Bouncy Castle verifies the
 * CMS inside, the JDK's PKIX builder the chain), in the order of {@link SignatureVerdict}: the last signature must
 * cover the whole file but its own {@code Contents}, its CMS digest and signature must match those bytes, its
 * signer certificate must chain to a configured trust anchor, and that chain must be valid at the signing time
 * (CMS {@code signingTime}, else the signature's {@code M}, else now). Revocation is not checked (no OCSP or CRL
 * source is configured; docs/warehouse.md).
 */
@Component
class SignatureVerifier {

    private static final String PDF = "application/pdf";
    private static final Logger LOG = LoggerFactory.getLogger(SignatureVerifier.class);

    private final Set<TrustAnchor> anchors;
    private final Clock clock;

    SignatureVerifier(SignatureSettings settings, Clock clock) {
        this.anchors = anchors(settings.trustAnchors());
        this.clock = clock;
        if (anchors.isEmpty()) {
            LOG.warn("gateway.signatures.trust-anchors is empty: no stored signature will be VALID");
        }
    }

    SignatureCheck check(String mediaType, byte[] file) {
        if (!PDF.equals(mediaType)) {
            return SignatureCheck.without(SignatureVerdict.NOT_PDF);
        }
        Optional<PDSignature> last;
        try (PDDocument pdf = Loader.loadPDF(file)) {
            last = pdf.getSignatureDictionaries().stream()
                    .max(Comparator.comparingLong(SignatureVerifier::endOfRange));
        } catch (IOException | RuntimeException unreadable) {
            return SignatureCheck.without(SignatureVerdict.NOT_PDF);
        }
        return last.map(signature -> check(signature, file))
                .orElseGet(() -> SignatureCheck.without(SignatureVerdict.UNSIGNED));
    }

    private SignatureCheck check(PDSignature signature, byte[] file) {
        int[] range = signature.getByteRange();
        if (!coversAllButContents(range, file)) {
            return SignatureCheck.without(SignatureVerdict.NOT_WHOLE_DOCUMENT);
        }
        CMSSignedData cms;
        SignerInformation signerInfo;
        X509CertificateHolder signerHolder;
        try {
            // Contents is zero-padded to its reserved size: read the one DER object at its start.
            cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes(range, file)),
                    ContentInfo.getInstance(new ASN1InputStream(signature.getContents()).readObject()));
            signerInfo = cms.getSignerInfos().getSigners().iterator().next();
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signerInfo.getSID());
            if (matches.isEmpty()) {
                return SignatureCheck.without(SignatureVerdict.UNTRUSTED);
            }
            signerHolder = matches.iterator().next();
            // Built from the key alone, so that Bouncy Castle checks digest and signature but not the validity
            // period: that is the chain's check below, and has its own verdict.
            PublicKey signerKey = new JcaX509CertificateConverter().getCertificate(signerHolder).getPublicKey();
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signerKey))) {
                return SignatureCheck.without(SignatureVerdict.DIGEST_MISMATCH);
            }
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException
                 | RuntimeException broken) {
            return SignatureCheck.without(SignatureVerdict.DIGEST_MISMATCH);
        }
        Instant signedAt = signingTime(signerInfo, signature);
        String signer = commonName(signerHolder);
        return new SignatureCheck(chainVerdict(cms, signerHolder, signedAt), signer, Timestamps.inVietnam(signedAt));
    }

    /** VALID if the chain holds at the signing time; CERT_EXPIRED if it holds only while the signer's was valid. */
    private SignatureVerdict chainVerdict(CMSSignedData cms, X509CertificateHolder signerHolder, Instant signedAt) {
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate signer = converter.getCertificate(signerHolder);
            List<X509Certificate> intermediates = new ArrayList<>();
            for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                intermediates.add(converter.getCertificate(holder));
            }
            if (chains(signer, intermediates, signedAt)) {
                return SignatureVerdict.VALID;
            }
            return chains(signer, intermediates, signer.getNotBefore().toInstant())
                    ? SignatureVerdict.CERT_EXPIRED : SignatureVerdict.UNTRUSTED;
        } catch (GeneralSecurityException unreadable) {
            return SignatureVerdict.UNTRUSTED;
        }
    }

    private boolean chains(X509Certificate signer, List<X509Certificate> intermediates, Instant at) {
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(intermediates)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException noPath) {
            return false;
        }
    }

    /** {@code [0, a, b, c]} with {@code b + c} the file's length and {@code a..b} exactly a hex string {@code <…>}. */
    static boolean coversAllButContents(int[] range, byte[] file) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
                || range[3] < 0 || (long) range[2] + range[3] != file.length) {
            return false;
        }
        if (file[range[1]] != '<' || file[range[2] - 1] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(file[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] signedBytes(int[] range, byte[] file) {
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(file, range[0], signed, 0, range[1]);
        System.arraycopy(file, range[2], signed, range[1], range[3]);
        return signed;
    }

    private Instant signingTime(SignerInformation signerInfo, PDSignature signature) {
        AttributeTable attributes = signerInfo.getSignedAttributes();
        Attribute signingTime = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (signingTime != null && signingTime.getAttrValues().size() == 1) {
            return Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate().toInstant();
        }
        return signature.getSignDate() != null ? signature.getSignDate().toInstant() : clock.instant();
    }

    private static String commonName(X509CertificateHolder certificate) {
        RDN[] names = certificate.getSubject().getRDNs(BCStyle.CN);
        return names.length == 0 ? certificate.getSubject().toString()
                : IETFUtils.valueToString(names[0].getFirst().getValue());
    }

    private static long endOfRange(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range == null || range.length != 4 ? -1 : (long) range[2] + range[3];
    }

    private static Set<TrustAnchor> anchors(List<Resource> pemFiles) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Set<TrustAnchor> anchors = new HashSet<>();
            for (Resource pem : pemFiles) {
                try (InputStream in = pem.getInputStream()) {
                    for (var certificate : factory.generateCertificates(in)) {
                        anchors.add(new TrustAnchor((X509Certificate) certificate, null));
                    }
                }
            }
            return Set.copyOf(anchors);
        } catch (IOException e) {
            throw new UncheckedIOException("a trust anchor of gateway.signatures.trust-anchors could not be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a trust anchor of gateway.signatures.trust-anchors is not a certificate", e);
        }
    }
}
