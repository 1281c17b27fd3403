package vn.hanoi.gateway.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Tokens;

/**
 * The hostile requests of {@code src/test/resources/hostile/<category>.tsv}, one per line, as data:
 * <pre>
 * id  endpoint  request  caller  headers  body  status  code  fieldCode
 * </pre>
 * {@code endpoint} is the OpenAPI operation the entry attacks ({@code GET /api/v1/citizens/{personalId}});
 * {@code request} the method and request-target exactly as sent (percent-encoding included); {@code caller} a
 * sandbox client ({@code anonymous}, {@code one-stop}, {@code limited}, {@code auditor}, {@code ops}), with
 * {@code +purpose} for the purpose headers; {@code headers} more header lines, separated by {@code ||};
 * {@code body} the body ({@code -}: none). In request, headers and body, {@code \r \n \t \\ \xNN} are escapes
 * ({@code \xNN} one raw byte, everything else UTF-8) and {@code {{repeat N text}}} and
 * {@code {{token variant}}} generate values. A {@code Transfer-Encoding: chunked} header sends the body
 * chunked; {@code Content-Length} is added unless the entry gives it or a {@code Transfer-Encoding}.
 */
final class HostileCorpus {

    static final String RESOURCES = "classpath:hostile/*.tsv";
    private static final Pattern GENERATOR = Pattern.compile("\\{\\{(\\w+) ([^}]*)}}");
    private static final Map<String, String> KEYS = Map.of("one-stop", GatewayHttp.ONE_STOP_KEY,
            "limited", "sandbox-limited-key", "auditor", "sandbox-auditor-key", "ops", GatewayHttp.OPS_KEY,
            "citizen-portal", "sandbox-citizen-portal-key", "leaders", "sandbox-leaders-key");
    /** Every API key a hostile answer must never repeat. */
    static final List<String> API_KEYS = List.copyOf(KEYS.values());

    private HostileCorpus() {
    }

    /** One hostile request and the answer it must get. */
    record Entry(String category, String id, String endpoint, String request, String caller, String headers,
                 String body, int status, String code, String fieldCode) {

        /** The request line and headers, without the blank line that ends them. */
        byte[] head(int port) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes(bytes(expand(request)));
            write(head, " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            callerHeaders().forEach(line -> write(head, line + "\r\n"));
            extraHeaders().forEach(line -> {
                head.writeBytes(bytes(expand(line)));
                write(head, "\r\n");
            });
            byte[] content = content();
            if (!body.equals("-") && !declaresLength()) {
                write(head, "Content-Length: " + content.length + "\r\n");
            }
            return head.toByteArray();
        }

        /** The body as sent: chunked when the entry says so. */
        byte[] payload() {
            byte[] content = content();
            if (!chunked()) {
                return content;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int at = 0; at < content.length; at += 8192) {
                int size = Math.min(8192, content.length - at);
                write(out, Integer.toHexString(size) + "\r\n");
                out.write(content, at, size);
                write(out, "\r\n");
            }
            write(out, "0\r\n\r\n");
            return out.toByteArray();
        }

        /** The well-formed correlation id the entry sends, which the answer must echo; null when none. */
        String sentCorrelationId() {
            return extraHeaders().stream().filter(line -> line.regionMatches(true, 0, "X-Correlation-Id:", 0, 17))
                    .map(line -> line.substring(17).trim())
                    .filter(value -> value.matches("[A-Za-z0-9._:-]{1,64}")).findFirst().orElse(null);
        }

        private byte[] content() {
            return body.equals("-") ? new byte[0] : bytes(expand(body));
        }

        private List<String> callerHeaders() {
            String client = caller.replace("+purpose", "");
            List<String> lines = new ArrayList<>();
            if (!client.equals("anonymous")) {
                lines.add("X-API-Key: " + KEYS.get(client));
            }
            if (caller.endsWith("+purpose")) {
                lines.add("X-Dossier-Code: 000.00.00.H00-261201-0099");
                lines.add("X-Officer-Id: can-bo-1");
            }
            return lines;
        }

        private List<String> extraHeaders() {
            return headers.equals("-") ? List.of() : Arrays.asList(headers.split("\\|\\|"));
        }

        private boolean declaresLength() {
            return extraHeaders().stream().map(line -> line.toLowerCase(Locale.ROOT))
                    .anyMatch(line -> line.startsWith("content-length:") || line.startsWith("transfer-encoding:"));
        }

        private boolean chunked() {
            return extraHeaders().stream().map(line -> line.toLowerCase(Locale.ROOT).replace(" ", ""))
                    .anyMatch(line -> line.equals("transfer-encoding:chunked"));
        }

        @Override
        public String toString() {
            return category + "/" + id;
        }
    }

    static List<Entry> entries() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(RESOURCES);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<Entry> entries = new ArrayList<>();
            for (Resource file : files) {
                String category = file.getFilename().replace(".tsv", "");
                String text = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .forEach(line -> entries.add(entry(category, line)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(String category, String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 9) {
            throw new IllegalArgumentException(category + ": " + cells.length + " cells, not 9: " + line);
        }
        return new Entry(category, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
                Integer.parseInt(cells[6]), cells[7], cells[8].equals("-") ? null : cells[8]);
    }

    /** The cell with its generators replaced by what they generate. */
    static String expand(String cell) {
        Matcher generator = GENERATOR.matcher(cell);
        StringBuilder expanded = new StringBuilder();
        while (generator.find()) {
            generator.appendReplacement(expanded, Matcher.quoteReplacement(generate(generator.group(1), generator.group(2))));
        }
        return generator.appendTail(expanded).toString();
    }

    private static String generate(String name, String argument) {
        return switch (name) {
            case "repeat" -> {
                int space = argument.indexOf(' ');
                yield argument.substring(space + 1).repeat(Integer.parseInt(argument.substring(0, space)));
            }
            case "token" -> token(argument);
            default -> throw new IllegalArgumentException("no generator " + name);
        };
    }

    private static String token(String variant) {
        Tokens population = Tokens.forClient("ho-tich-portal", "population");
        return switch (variant) {
            case "valid" -> population.jwt();
            case "business-only" -> Tokens.forClient("business-portal", "business").jwt();
            case "stranger" -> population.signedByAStranger().jwt();
            case "expired" -> population.expiringAt(Instant.now().minusSeconds(120)).jwt();
            case "no-expiry" -> population.expiringAt(null).jwt();
            case "foreign-issuer" -> population.issuedBy("https://evil.example").jwt();
            case "unsigned" -> unsignedToken();
            default -> throw new IllegalArgumentException("no token " + variant);
        };
    }

    private static String unsignedToken() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"https://id.test.hanoi.invalid/realms/one-stop\",\"client_id\":\"x\","
                + "\"datasets\":[\"population\"],\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    /** The text as bytes: escapes decoded, {@code \xNN} as that byte, every other character in UTF-8. */
    static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                plain.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 'r' -> plain.append('\r');
                case 'n' -> plain.append('\n');
                case 't' -> plain.append('\t');
                case '\\' -> plain.append('\\');
                case 'x' -> {
                    write(out, plain.toString());
                    plain.setLength(0);
                    out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> plain.append('\\').append(escaped);
            }
        }
        write(out, plain.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
