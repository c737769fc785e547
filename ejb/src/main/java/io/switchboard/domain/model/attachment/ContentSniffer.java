package io.switchboard.domain.model.attachment;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what an upload really is from its first bytes, never from the name or the header the uploader sent: only
 * the types a chat needs are accepted (raster images, PDF, Office/ZIP, plain text). SVG and HTML are refused on
 * purpose: a browser would run script inside them.
 */
public final class ContentSniffer {

    /** Bytes to read before deciding. */
    public static final int HEAD = 512;

    private ContentSniffer() {
    }

    public static Optional<String> sniff(byte[] head, int length, String fileName) {
        byte[] b = Arrays.copyOf(head, Math.min(length, head.length));
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(b, 'P', 'K', 0x03, 0x04)) {
            return Optional.of(officeType(fileName));
        }
        if (b.length > 0 && isPlainText(b) && !looksLikeMarkup(b)) {
            return Optional.of("text/plain");
        }
        return Optional.empty();
    }

    private static String officeType(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".pptx")) {
            return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        }
        return "application/zip";
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainText(byte[] b) {
        // the head may end inside a multi-byte character: ignore an incomplete last sequence
        int end = b.length;
        for (int i = 1; i <= 3 && end - i >= 0; i++) {
            int v = b[end - i] & 0xFF;
            if (v >= 0xC0) {
                end = end - i;
                break;
            }
            if (v < 0x80) {
                break;
            }
        }
        for (int i = 0; i < end; i++) {
            int v = b[i] & 0xFF;
            if (v < 0x09 || (v > 0x0D && v < 0x20 && v != 0x1B)) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean looksLikeMarkup(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        return s.startsWith("<");
    }
}
