package io.switchboard.application.internal;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.AttachmentView;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.RejectedContentException;
import io.switchboard.domain.model.attachment.Attachment;
import io.switchboard.domain.model.attachment.AttachmentRepository;
import io.switchboard.domain.model.attachment.ContentSniffer;
import io.switchboard.infrastructure.storage.FileStore;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

@Stateless
public class DefaultAttachmentService implements AttachmentService {

    @Inject
    AttachmentRepository attachments;
    @Inject
    FileStore store;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;

    @Override
    public AttachmentView upload(String uploader, String fileName, InputStream content) {
        String name = cleanName(fileName);
        FileStore.Written written;
        try {
            written = store.write(tenant.requireTenant(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("upload could not be stored", e);
        }
        if (written.tooLarge()) {
            throw new RejectedContentException("file is larger than " + store.maxBytes() / (1024 * 1024) + " MiB", true);
        }
        String type = ContentSniffer.sniff(written.head(), written.head().length, name).orElse(null);
        if (type == null) {
            store.delete(written.key());
            throw new RejectedContentException("file type not accepted: images (PNG, JPEG, GIF, WebP), PDF, "
                    + "Office documents, ZIP and plain text are", false);
        }
        Attachment a = new Attachment(name, type, written.size(), written.key(), uploader, clock.instant());
        attachments.add(a);
        return MessageViews.attachment(a);
    }

    @Override
    public StoredFile open(String id) {
        Attachment a = attachments.find(id).orElseThrow(() -> new NotFoundException("file " + id + " not found")
                .coded("file.notFound", id));
        return new StoredFile(MessageViews.attachment(a), store.path(a.getStorageKey()));
    }

    /** The last path segment, without control characters; the name is only ever shown, never used as a path. */
    static String cleanName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("file name is empty");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
