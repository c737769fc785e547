package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Visitor tags and contacts of the caller's tenant (AG-3). A visitor is named by channel and visitor id. */
public interface ContactService {

    record ContactView(long id, String name, String phone, String email, String company, String note,
            Instant createdAt) {
    }

    List<String> tags(@NotBlank String channel, @NotBlank String visitorId);

    /** Adds a tag (no effect when the visitor has it); returns all tags. */
    List<String> tag(@NotBlank String channel, @NotBlank String visitorId, @NotBlank @Size(max = 30) String tag);

    /** Removes a tag (no effect when the visitor has not got it); returns all tags. */
    List<String> untag(@NotBlank String channel, @NotBlank String visitorId, @NotBlank @Size(max = 30) String tag);

    /** Makes a contact from a visitor and links the visitor to it. */
    ContactView create(@NotBlank String channel, @NotBlank String visitorId, @NotBlank @Size(max = 100) String name,
            @Size(max = 40) String phone, @Size(max = 200) String email, @Size(max = 200) String company,
            @Size(max = 1000) String note, Long createdBy);

    /** Links a visitor to an existing contact (replacing an earlier link). */
    ContactView link(@NotBlank String channel, @NotBlank String visitorId, long contactId);

    Optional<ContactView> contactOf(@NotBlank String channel, @NotBlank String visitorId);

    List<ContactView> search(@Size(max = 100) String query, @Min(0) int offset, @Min(1) @Max(500) int limit);
}
