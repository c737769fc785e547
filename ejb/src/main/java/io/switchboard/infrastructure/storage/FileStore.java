package io.switchboard.infrastructure.storage;

import io.switchboard.domain.model.attachment.ContentSniffer;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Upload bytes on disk, outside any web root: {@code SWITCHBOARD_UPLOAD_DIR} [server data dir/switchboard/uploads],
 * one folder per tenant, random file names. Size limit {@code SWITCHBOARD_UPLOAD_MAX_BYTES} [5 MiB]: the copy
 * stops one byte past the limit, so an oversize upload never fills the disk. In a cluster the folder must be
 * shared storage (NFS or similar) mounted at the same path on every node.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    /** What was written: the storage key, the size, the first bytes (for sniffing), or that it was too large. */
    public record Written(String key, long size, byte[] head, boolean tooLarge) {
    }

    @Inject
    SwitchboardSettings settings;

    private Path root;
    private long maxBytes;

    @PostConstruct
    void init() {
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        root = Path.of(settings.get("SWITCHBOARD_UPLOAD_DIR").orElse(dataDir + "/switchboard/uploads"))
                .toAbsolutePath().normalize();
        maxBytes = settings.getInt("SWITCHBOARD_UPLOAD_MAX_BYTES", 5 * 1024 * 1024);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Written write(String tenantId, InputStream in) throws IOException {
        Path dir = root.resolve(safe(tenantId));
        Files.createDirectories(dir);
        String name = UUID.randomUUID().toString();
        Path tmp = dir.resolve(name + ".part");
        byte[] head = new byte[ContentSniffer.HEAD];
        int headLength = 0;
        long size = 0;
        try (OutputStream out = Files.newOutputStream(tmp)) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                size += n;
                if (size > maxBytes) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        }
        if (size > maxBytes) {
            Files.deleteIfExists(tmp);
            return new Written(null, size, new byte[0], true);
        }
        Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return new Written(safe(tenantId) + "/" + name, size, Arrays.copyOf(head, headLength), false);
    }

    public Path path(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("bad storage key");
        }
        return p;
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete upload " + key, e);
        }
    }

    private static String safe(String tenantId) {
        if (!tenantId.matches("[A-Za-z0-9-]{1,36}")) {
            throw new IllegalArgumentException("bad tenant id");
        }
        return tenantId;
    }
}
