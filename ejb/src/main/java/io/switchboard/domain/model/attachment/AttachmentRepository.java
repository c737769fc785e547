package io.switchboard.domain.model.attachment;

import java.util.Optional;

public interface AttachmentRepository {

    void add(Attachment attachment);

    /** In the current tenant only. */
    Optional<Attachment> find(String id);
}
