package io.switchboard.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Images and files sent in conversations (CH-11), in the caller's tenant. An upload is stored outside the web
 * root, its type sniffed from its bytes; a message then names it by id.
 */
public interface AttachmentService {

    /**
     * Stores an upload.
     *
     * @param uploader who sent it, e.g. {@code visitor:ID} or {@code agent:7}
     * @throws RejectedContentException above the size limit or for a type that is not accepted
     */
    AttachmentView upload(@NotBlank @Size(max = 120) String uploader, @NotBlank @Size(max = 200) String fileName,
            @NotNull InputStream content);

    /** @throws NotFoundException when there is no such attachment in this tenant */
    StoredFile open(@NotBlank String id);

    record StoredFile(AttachmentView attachment, Path path) {
    }
}
