package io.switchboard.domain.model.desk;

import java.util.Optional;

public interface DeskSettingsRepository {

    /** The tenant's row, if an admin ever saved. */
    Optional<DeskSettings> find();

    void add(DeskSettings settings);

    /** What applies now: the saved row, or the defaults while an admin never saved. */
    default DeskSettings current() {
        return find().orElseGet(DeskSettings::defaults);
    }
}
