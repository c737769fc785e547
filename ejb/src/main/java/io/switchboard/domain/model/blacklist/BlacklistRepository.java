package io.switchboard.domain.model.blacklist;

import java.util.List;
import java.util.Optional;

public interface BlacklistRepository {

    void add(BlacklistEntry entry);

    Optional<BlacklistEntry> find(long id);

    Optional<BlacklistEntry> find(BlacklistEntry.Kind kind, String value);

    List<BlacklistEntry> list(int offset, int limit);

    long count();

    void remove(BlacklistEntry entry);

    /** Writes pending changes now (a removal before an insert of the same value). */
    void flush();
}
