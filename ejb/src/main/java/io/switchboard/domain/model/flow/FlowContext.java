package io.switchboard.domain.model.flow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * What a flow step may look at besides its own variables: the time (and the tenant's zone), the channel, the
 * visitor's tags, whether it is service time now, the system variables ({@link FlowGraph#SYSTEM_VARIABLES}) and the
 * conversation's language ("zh" or "en", for the texts the flow does not set itself).
 */
public record FlowContext(Instant now, ZoneId zone, String channel, Set<String> tags, boolean inServiceTime,
                          Map<String, String> system, String language) {

    public FlowContext {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        system = system == null ? Map.of() : Map.copyOf(system);
    }

    boolean english() {
        return "en".equals(language);
    }
}
