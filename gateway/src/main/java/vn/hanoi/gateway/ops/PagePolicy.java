package vn.hanoi.gateway.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of a self-contained page: nothing from anywhere but the gateway itself,
 * and of the inline code only the exact {@code <script>} and {@code <style>} blocks the page ships
 * (allowed by their SHA-256), so an injected script or style would not run.
 */
final class PagePolicy {

    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private PagePolicy() {
    }

    static String forPage(String html) {
        return "default-src 'none'; "
                + "script-src " + hashes(SCRIPT, html) + "; "
                + "style-src " + hashes(STYLE, html) + "; "
                + "connect-src 'self'; img-src 'self' data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private static String hashes(Pattern block, String html) {
        List<String> sources = new ArrayList<>();
        Matcher matcher = block.matcher(html);
        while (matcher.find()) {
            sources.add("'sha256-" + sha256(matcher.group(1)) + "'");
        }
        return sources.isEmpty() ? "'none'" : String.join(" ", sources);
    }

    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
