package io.switchboard.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 from a chosen loopback address (127.0.0.x): the JDK client cannot pick its source address, and the
 * per-address limits and IP blacklist must be tested from addresses no other test uses.
 */
final class RawHttp {

    record Reply(int status, Map<String, String> headers, String body) {
    }

    private RawHttp() {
    }

    static Reply send(String fromAddress, URI server, String method, String path, String json) {
        return send(fromAddress, server, method, path, Map.of(), json == null ? null : "application/json", json);
    }

    /** Any request: extra headers (cookies, Origin …) and a body of the given type, or none. */
    static Reply send(String fromAddress, URI server, String method, String path, Map<String, String> extraHeaders,
                      String contentType, String content) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5000);
            socket.setSoTimeout(30_000);
            byte[] body = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
            StringBuilder extra = new StringBuilder();
            extraHeaders.forEach((k, v) -> extra.append(k).append(": ").append(v).append("\r\n"));
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                    + "\r\nAccept: application/json\r\nUser-Agent: RawHttp/1.0\r\nConnection: close\r\n" + extra
                    + (content == null ? "" : "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, split).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(split + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            // sizes count bytes: cut on the UTF-8 bytes
            byte[] rest = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String piece = new String(rest, 0, size, StandardCharsets.UTF_8);
            out.append(piece);
            at = eol + 2 + piece.length() + 2;
        }
    }
}
