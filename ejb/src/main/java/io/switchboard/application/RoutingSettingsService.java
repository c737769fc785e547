package io.switchboard.application;

import io.switchboard.domain.model.routing.RoutingSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The tenant's 对话设置 (RT-4..RT-12). */
public interface RoutingSettingsService {

    RoutingSettings current();

    /** Replaces all settings; a raised cap or a shorter wait dispatches the queue at once. */
    RoutingSettings update(@NotNull @Valid RoutingSettings settings);
}
