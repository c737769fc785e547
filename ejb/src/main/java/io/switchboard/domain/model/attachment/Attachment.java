package io.switchboard.domain.model.attachment;

import io.switchboard.domain.model.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An image or file sent in a conversation (CH-11). The bytes live outside the web root under {@code storageKey};
 * the content type is the one sniffed from the bytes, never the one the uploader claimed. The id is a random
 * UUID, so a link to the file cannot be guessed.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends TenantOwned {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, length = 200)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 120)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(String fileName, String contentType, long sizeBytes, String storageKey, String uploadedBy,
            Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sizeBytes = sizeBytes;
        this.storageKey = Objects.requireNonNull(storageKey, "storageKey");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public String getId() { return id; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStorageKey() { return storageKey; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getCreatedAt() { return createdAt; }
}
