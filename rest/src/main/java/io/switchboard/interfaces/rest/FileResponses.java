package io.switchboard.interfaces.rest;

import io.switchboard.application.AttachmentService;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How an uploaded file is served: the sniffed type, {@code nosniff}, a sandboxing CSP, and a
 * {@code Content-Disposition} that shows images inline and downloads everything else, with the original name
 * (RFC 6266 {@code filename*}).
 */
final class FileResponses {

    private FileResponses() {
    }

    static Response of(AttachmentService.StoredFile file) {
        var a = file.attachment();
        String encoded = URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = a.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(file.path().toFile(), a.contentType())
                .header("Content-Disposition", (a.image() ? "inline" : "attachment") + "; filename=\"" + ascii
                        + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, max-age=86400")
                .header("Content-Length", a.sizeBytes())
                .build();
    }
}
