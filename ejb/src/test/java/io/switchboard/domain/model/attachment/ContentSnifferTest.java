package io.switchboard.domain.model.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private static Optional<String> sniff(byte[] b, String name) {
        return ContentSniffer.sniff(b, b.length, name);
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void imagesAreRecognisedByTheirMagicNumberWhateverTheName() {
        assertEquals(Optional.of("image/png"), sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0), "x.txt"));
        assertEquals(Optional.of("image/jpeg"), sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0), "photo.exe"));
        assertEquals(Optional.of("image/gif"), sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII), "a"));
        assertEquals(Optional.of("image/webp"), sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), "a"));
    }

    @Test
    void documentsAndArchives() {
        assertEquals(Optional.of("application/pdf"), sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "a.pdf"));
        byte[] zip = bytes('P', 'K', 3, 4, 20, 0);
        assertEquals(Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                sniff(zip, "报告.DOCX"));
        assertEquals(Optional.of("application/zip"), sniff(zip, "bundle.zip"));
    }

    @Test
    void plainTextIncludingChineseIsTextButMarkupAndBinaryAreRefused() {
        assertEquals(Optional.of("text/plain"), sniff("订单号 42\n谢谢".getBytes(StandardCharsets.UTF_8), "note.txt"));
        assertEquals(Optional.empty(), sniff("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "a.png"));
        assertEquals(Optional.empty(), sniff("  <!doctype html><script>".getBytes(StandardCharsets.UTF_8), "a.txt"));
        assertEquals(Optional.empty(), sniff(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0), "tool"));
        assertEquals(Optional.empty(), sniff(new byte[0], "empty.txt"));
    }

    @Test
    void aMultiByteCharacterCutAtTheEndOfTheHeadIsStillText() {
        byte[] full = "价格".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        assertEquals(Optional.of("text/plain"), sniff(cut, "a.txt"));
    }
}
