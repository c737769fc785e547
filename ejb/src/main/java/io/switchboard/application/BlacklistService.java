package io.switchboard.application;

import io.switchboard.domain.model.blacklist.BlacklistEntry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The caller's tenant's blacklist (AG-6, AD-4). */
public interface BlacklistService {

    /** A new entry; {@code until} (may be null: for ever) ends it. */
    BlacklistEntry add(@NotNull BlacklistEntry.Kind kind, @NotBlank @Size(max = 100) String value,
            @Size(max = 200) String reason, Instant until);

    List<BlacklistEntry> list(@Min(0) int offset, @Min(1) @Max(500) int limit);

    long count();

    void remove(long id);

    /** Refuses a visitor id or IP address with an active entry (either may be null) with {@link ForbiddenException}. */
    void requireAllowed(String visitorId, String ip);
}
