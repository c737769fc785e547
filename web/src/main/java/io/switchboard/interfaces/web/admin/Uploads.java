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
