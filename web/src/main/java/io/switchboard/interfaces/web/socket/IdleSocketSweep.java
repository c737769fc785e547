package io.switchboard.interfaces.web.socket;

import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Every 5 seconds closes this node's sockets whose client sent nothing for the idle time
 * ({@link SwitchboardSettings#socketIdleSeconds()}), with a close frame and reason (see {@link SocketOutbox}).
 * Each node watches its own sockets; a non-persistent timer, as a missed round is simply the next one.
 */
@Singleton
public class IdleSocketSweep {

    private static final Logger LOG = Logger.getLogger(IdleSocketSweep.class.getName());

    @Inject
    SwitchboardSettings settings;

    private long idleNanos;

    @PostConstruct
    void init() {
        idleNanos = TimeUnit.SECONDS.toNanos(settings.socketIdleSeconds());
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "idle socket sweep")
    void sweep() {
        int closed = SocketOutbox.closeIdle(System.nanoTime(), idleNanos);
        if (closed > 0) {
            LOG.info(() -> closed + " idle sockets closed (nothing received for " + idleNanos / 1_000_000_000L
                    + " s; " + SocketOutbox.open() + " open)");
        }
    }
}
