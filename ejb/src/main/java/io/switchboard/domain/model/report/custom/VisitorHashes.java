package io.switchboard.domain.model.report.custom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The distinct visitors of a sealed cell, kept so that unique visitors can be counted over many cells without reading
 * every row: each visitor as the first 8 bytes of the SHA-256 of its id (big-endian), the cell's distinct hashes
 * concatenated. Two visitors share a hash with a chance of about n² / 2⁶⁵ (one in ten million for a million visitors),
 * so the count is exact for any tenant in practice. PostgreSQL computes the same hash as
 * {@code substr(sha256(convert_to(visitor_id, 'UTF8')), 1, 8)}.
 */
public final class VisitorHashes {

    private long[] hashes = new long[16];
    private int size;

    public static long of(String visitorId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(visitorId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public VisitorHashes add(String visitorId) {
        if (visitorId != null) {
            push(of(visitorId));
        }
        return this;
    }

    /** Adds a cell's stored hashes (null: none). */
    public VisitorHashes addAll(byte[] encoded) {
        if (encoded != null) {
            ByteBuffer b = ByteBuffer.wrap(encoded);
            while (b.remaining() >= Long.BYTES) {
                push(b.getLong());
            }
        }
        return this;
    }

    private void push(long h) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = h;
    }

    private long[] distinct() {
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** How many distinct visitors were added. */
    public long count() {
        return distinct().length;
    }

    /** The distinct hashes, to store in a cell. */
    public byte[] encode() {
        long[] d = distinct();
        ByteBuffer b = ByteBuffer.allocate(d.length * Long.BYTES);
        for (long h : d) {
            b.putLong(h);
        }
        return b.array();
    }
}
