package io.switchboard.application;

public interface HealthService {

    /** Checks the database and the message broker now. */
    HealthReport check();
}
