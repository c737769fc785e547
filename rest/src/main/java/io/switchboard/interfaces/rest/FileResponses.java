package io.switchboard.interfaces.rest;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.FileDownload;
import jakarta.ws.rs.core.Response;

/** An uploaded file as a JAX-RS answer, with the headers of {@link FileDownload}. */
final class FileResponses {

    private FileResponses() {
    }

    static Response of(AttachmentService.StoredFile file) {
        var a = file.attachment();
        Response.ResponseBuilder r = Response.ok(file.path().toFile(), a.contentType()).header("Content-Length", a.sizeBytes());
        FileDownload.headers(a).forEach(r::header);
        return r.build();
    }
}
