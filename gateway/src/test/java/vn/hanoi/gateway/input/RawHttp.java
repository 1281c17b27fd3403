package vn.hanoi.gateway.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: request lines and headers that {@code java.net.http}
 * refuses to send (CR/LF in a value, invalid UTF-8 or raw bytes in the path, duplicated or oversized headers)
 * reach the gateway as a hostile client would send them. One request per connection; the answer is read up to
 * its declared length (or last chunk), so a server that keeps the connection open costs nothing.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 20_000;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** One answer: status, headers in order (name as sent), body de-chunked. */
    record Answer(int status, List<String[]> headers, String body) {

        Optional<String> header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
        }

        List<String> headerNames() {
            return headers.stream().map(h -> h[0]).toList();
        }

        String headerBlock() {
            StringBuilder block = new StringBuilder();
            headers.forEach(h -> block.append(h[0]).append(": ").append(h[1]).append('\n'));
            return block.toString();
        }
    }

    /** Sends the request head (request line and headers, without the final blank line) and body. */
    Answer send(byte[] head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                out.write("Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // The gateway may answer (413, 400) and close before taking the whole request: read what it said.
            }
            return read(new BufferedInputStream(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
        }
        Answer bare = new Answer(status, headers, "");
        byte[] content;
        if (bare.header("Transfer-Encoding").map(te -> te.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
            content = chunks(in);
        } else if (bare.header("Content-Length").isPresent()) {
            content = in.readNBytes(Integer.parseInt(bare.header("Content-Length").get()));
        } else {
            content = in.readAllBytes();
        }
        return new Answer(status, headers, new String(content, StandardCharsets.UTF_8));
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            content.write(in.readNBytes(size));
            line(in);
        }
        return content.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        return Integer.parseInt(line(in).split(";")[0].trim(), 16);
    }

    /** One CRLF-terminated line, without its terminator. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed mid-answer: " + line.toString(StandardCharsets.ISO_8859_1));
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
