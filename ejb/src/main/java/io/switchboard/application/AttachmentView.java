package io.switchboard.application;

/** An uploaded image or file as clients see it; {@code image} tells a client to show it inline. */
public record AttachmentView(String id, String fileName, String contentType, long sizeBytes, boolean image) {
}
