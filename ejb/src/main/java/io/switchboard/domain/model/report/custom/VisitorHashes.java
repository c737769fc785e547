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

    /** Open addressing with linear probing; the hashes are uniform already, so their low bits index the table. */
    private long[] table = new long[16];
    private int size;
    /** 0 marks an empty slot, so a visitor whose hash is 0 is kept apart. */
    private boolean zero;

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
            put(of(visitorId));
        }
        return this;
    }

    /** Adds a cell's stored hashes (null: none). */
    public VisitorHashes addAll(byte[] encoded) {
        if (encoded != null) {
            reserve(encoded.length / Long.BYTES);
            ByteBuffer b = ByteBuffer.wrap(encoded);
            while (b.remaining() >= Long.BYTES) {
                put(b.getLong());
            }
        }
        return this;
    }

    private void put(long h) {
        if (h == 0) {
            zero = true;
            return;
        }
        if (2 * (size + 1) > table.length) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (table[i] == h) {
                return;
            }
            if (table[i] == 0) {
                table[i] = h;
                size++;
                return;
            }
        }
    }

    /** Room for {@code more} hashes without growing on the way (at most that many: a merge may repeat some). */
    private void reserve(int more) {
        int length = table.length;
        while (2L * (size + more) > length) {
            length *= 2;
        }
        if (length > table.length) {
            rehash(length);
        }
    }

    private void grow() {
        rehash(table.length * 2);
    }

    private void rehash(int length) {
        long[] old = table;
        table = new long[length];
        size = 0;
        for (long h : old) {
            if (h != 0) {
                put(h);
            }
        }
    }

    /** How many distinct visitors were added. */
    public long count() {
        return size + (zero ? 1 : 0);
    }

    /** The distinct hashes in ascending order, to store in a cell. */
    public byte[] encode() {
        long[] d = new long[(int) count()];
        int n = 0;
        if (zero) {
            d[n++] = 0;
        }
        for (long h : table) {
            if (h != 0) {
                d[n++] = h;
            }
        }
        Arrays.sort(d);
        ByteBuffer b = ByteBuffer.allocate(d.length * Long.BYTES);
        for (long h : d) {
            b.putLong(h);
        }
        return b.array();
    }
}
