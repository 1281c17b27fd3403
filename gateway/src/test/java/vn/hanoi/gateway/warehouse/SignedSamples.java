package vn.hanoi.gateway.warehouse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The sandbox's test CA and signed sample results, generated reproducibly: fixed seeds for the keys (SHA1PRNG
 * seeded before first use gives the same keys every run), fixed dates, fixed PDF document ids, RSA PKCS#1 v1.5
 * signatures (deterministic). {@link SignedSamplesTest} regenerates them and compares every byte with the copies
 * under {@code sandbox/src/main/resources/sandbox/signatures/} (the sandbox module), which the sandbox seeds into
 * the warehouse and whose CA certificate is the sandbox's trust anchor. To rewrite them (after changing this class):
 * {@code mvn -B -o -q -pl gateway -am -Dtest=SignedSamplesTest -Dsigned-samples.write=true -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
final class SignedSamples {

    static final Path DIRECTORY = Path.of("../sandbox/src/main/resources/sandbox/signatures");
    /** A newborn of no fixture: the samples change no prefill of a fixture citizen. */
    static final String OWNER = "001226000011";
    static final Instant SIGNED_AT = Instant.parse("2026-11-20T03:00:00Z");

    /** A sample file, the warehouse document it is seeded as, and the verdict it must get. */
    record Sample(String file, String documentId, SignatureVerdict expected, byte[] bytes) {
    }

    private final KeyPair caKeys = keys("sandbox-ca");
    private final KeyPair rogueKeys = keys("rogue-ca");
    private final KeyPair signerKeys = keys("signer");
    private final KeyPair expiredKeys = keys("expired-signer");
    private final X509Certificate ca = certificate("CN=Hanoi Gateway Sandbox CA, O=UBND TP Ha Noi, C=VN", caKeys,
            "CN=Hanoi Gateway Sandbox CA, O=UBND TP Ha Noi, C=VN", caKeys, 1, "2025-01-01T00:00:00Z",
            "2045-01-01T00:00:00Z", true);
    private final X509Certificate rogue = certificate("CN=Unknown Test CA, C=VN", rogueKeys,
            "CN=Unknown Test CA, C=VN", rogueKeys, 2, "2025-01-01T00:00:00Z", "2045-01-01T00:00:00Z", true);

    /** The CA certificate, PEM: the sandbox's trust anchor. */
    String caPem() {
        try (StringWriter text = new StringWriter(); JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(ca);
            pem.flush();
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Sample> samples() {
        X509Certificate signer = certificate("CN=UBND Phuong Ba Dinh, O=UBND TP Ha Noi, C=VN", signerKeys,
                "CN=Hanoi Gateway Sandbox CA, O=UBND TP Ha Noi, C=VN", caKeys, 10, "2025-06-01T00:00:00Z",
                "2030-06-01T00:00:00Z", false);
        X509Certificate expired = certificate("CN=UBND Phuong Hoan Kiem, O=UBND TP Ha Noi, C=VN", expiredKeys,
                "CN=Hanoi Gateway Sandbox CA, O=UBND TP Ha Noi, C=VN", caKeys, 11, "2025-01-01T00:00:00Z",
                "2026-01-01T00:00:00Z", false);
        X509Certificate untrusted = certificate("CN=UBND Phuong Gia Mao, C=VN", signerKeys,
                "CN=Unknown Test CA, C=VN", rogueKeys, 12, "2025-06-01T00:00:00Z", "2030-06-01T00:00:00Z", false);
        byte[] good = sign(pdf("Ket qua mau: hop le", 1L), signer, signerKeys, ca, 2L);
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample("signed-good.pdf", "WH-SIG-GOOD", SignatureVerdict.VALID, good));
        samples.add(new Sample("signed-tampered.pdf", "WH-SIG-TAMPERED", SignatureVerdict.DIGEST_MISMATCH,
                tamper(sign(pdf("Ket qua mau: sua doi", 3L), signer, signerKeys, ca, 4L))));
        samples.add(new Sample("signed-untrusted.pdf", "WH-SIG-UNTRUSTED", SignatureVerdict.UNTRUSTED,
                sign(pdf("Ket qua mau: nguoi ky la", 5L), untrusted, signerKeys, rogue, 6L)));
        samples.add(new Sample("signed-expired.pdf", "WH-SIG-EXPIRED", SignatureVerdict.CERT_EXPIRED,
                sign(pdf("Ket qua mau: chung thu het han", 7L), expired, expiredKeys, ca, 8L)));
        samples.add(new Sample("signed-partial.pdf", "WH-SIG-PARTIAL", SignatureVerdict.NOT_WHOLE_DOCUMENT,
                appendUnsignedRevision(sign(pdf("Ket qua mau: mot phan", 9L), signer, signerKeys, ca, 10L), 11L)));
        samples.add(new Sample("unsigned.pdf", "WH-SIG-UNSIGNED", SignatureVerdict.UNSIGNED,
                pdf("Ket qua mau: chua ky", 12L)));
        return samples;
    }

    /** {@code documents.json} in the sandbox seed's format. */
    static String documentsJson(List<Sample> samples) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            json.append("  {\"documentId\": \"").append(sample.documentId())
                    .append("\", \"ownerType\": \"CITIZEN\", \"ownerId\": \"").append(OWNER)
                    .append("\", \"documentType\": \"BIRTH_CERTIFICATE\", \"title\": \"Giấy khai sinh (kết quả mẫu, ")
                    .append(sample.expected()).append(")\", \"issuer\": \"UBND phường Ba Đình\", \"issuedOn\": ")
                    .append("\"2026-11-20\", \"validUntil\": null, \"file\": \"").append(sample.file())
                    .append("\", \"mediaType\": \"application/pdf\", \"sha256\": \"")
                    .append(sha256(sample.bytes())).append("\"}").append(i + 1 < samples.size() ? ",\n" : "\n");
        }
        return json.append("]\n").toString();
    }

    /** Everything, by file name under {@link #DIRECTORY}. */
    Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sandbox-ca.pem", caPem().getBytes(StandardCharsets.US_ASCII));
        List<Sample> samples = samples();
        samples.forEach(sample -> files.put(sample.file(), sample.bytes()));
        files.put("documents.json", documentsJson(samples).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, byte[]> file : files().entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue());
        }
    }

    private static byte[] pdf(String line, long documentId) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.setDocumentId(documentId);
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(40, 500);
                text.showText(line);
                text.endText();
            }
            document.getDocumentInformation().setTitle("Hanoi gateway sandbox sample");
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sign(byte[] pdf, X509Certificate signer, KeyPair keys, X509Certificate issuer,
                               long documentId) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.setDocumentId(documentId);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("Hanoi gateway sandbox");
            signature.setSignDate(calendar(SIGNED_AT));
            document.addSignature(signature, content -> cms(content.readAllBytes(), signer, keys, issuer));
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cms(byte[] content, X509Certificate signer, KeyPair keys, X509Certificate issuer)
            throws IOException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            AttributeTable signingTime = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(SIGNED_AT)))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime))
                    .build(contentSigner, signer));
            generator.addCertificates(new JcaCertStore(List.of(signer, issuer)));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                 | org.bouncycastle.cms.CMSException e) {
            throw new IOException("the sample could not be signed", e);
        }
    }

    /** One character of the page's text changed after signing: the signed bytes no longer match the digest. */
    private static byte[] tamper(byte[] signed) {
        byte[] needle = "sua doi".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + needle.length <= signed.length; i++) {
            if (java.util.Arrays.equals(signed, i, i + needle.length, needle, 0, needle.length)) {
                byte[] tampered = signed.clone();
                tampered[i] = 'x';
                return tampered;
            }
        }
        throw new IllegalStateException("the sample's text is not in its bytes");
    }

    /** A later, unsigned revision (a changed title): the signature covers only the file as it was. */
    private static byte[] appendUnsignedRevision(byte[] signed, long documentId) {
        try (PDDocument document = Loader.loadPDF(signed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.setDocumentId(documentId);
            document.getDocumentInformation().setTitle("Changed after signing");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
                                               long serial, String notBefore, String notAfter, boolean authority) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(serial), Date.from(Instant.parse(notBefore)), Date.from(Instant.parse(notAfter)),
                    new X500Name(subject), subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("the sample certificate could not be made", e);
        }
    }

    private static KeyPair keys(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.US_ASCII));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar calendar(Instant at) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTime(Date.from(at));
        return calendar;
    }
}
