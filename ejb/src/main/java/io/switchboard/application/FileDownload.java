package io.switchboard.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an uploaded file is served, wherever it is served (partner API, widget, workbench): the sniffed type,
 * {@code nosniff}, a sandboxing CSP, and a {@code Content-Disposition} that shows images inline and downloads
 * everything else with the original name (RFC 6266 {@code filename*}).
 */
public final class FileDownload {

    private FileDownload() {
    }

    /** The response headers besides Content-Type and Content-Length, in a stable order. */
    public static Map<String, String> headers(AttachmentView a) {
        String encoded = URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = a.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Disposition", (a.image() ? "inline" : "attachment") + "; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + encoded);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Content-Security-Policy", "default-src 'none'; sandbox");
        h.put("Cache-Control", "private, max-age=86400");
        return h;
    }
}
