package io.switchboard.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/** A file chosen in a console import form: at most 5 MB, read whole (imports are lists, not data loads). */
final class Uploads {

    static final long MAX_BYTES = 5_000_000;

    private Uploads() {
    }

    /**
     * Reads the chosen file and hands it to the service's import; the report (rows, created, errors by row) is
     * returned either way, or null when there was no readable file or the service refused it (message shown).
     */
    static io.switchboard.application.ImportReport importFile(Part upload, ConsoleActions actions,
            java.util.function.Function<byte[], io.switchboard.application.ImportReport> importer) {
        byte[] content = read(upload, actions);
        if (content == null) {
            return null;
        }
        io.switchboard.application.ImportReport[] report = new io.switchboard.application.ImportReport[1];
        actions.run(null, () -> report[0] = importer.apply(content), null);
        if (report[0] != null && report[0].errors().isEmpty()) {
            actions.info("console.imported");
        }
        return report[0];
    }

    /** The file's bytes, or null with an error message shown. */
    static byte[] read(Part upload, ConsoleActions actions) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (upload == null || upload.getSize() == 0) {
            actions.error(faces, actions.text("console.noFile"));
            return null;
        }
        if (upload.getSize() > MAX_BYTES) {
            actions.error(faces, actions.text("console.fileTooLarge"));
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            actions.error(faces, e.getMessage());
            return null;
        }
    }
}
