package io.switchboard.infrastructure.persistence;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;

/**
 * Entity listener (META-INF/orm.xml) on the entities that raise reporting facts: each one a transaction reads or
 * creates is handed to {@link ReportFactSync}, which stores what it raised just before the transaction commits. So
 * no service has to remember to record a fact, and a rolled-back change records none.
 */
public class ReportFactListener {

    @PostLoad
    @PostPersist
    public void touched(Object entity) {
        ReportFactSync.touched(entity);
    }
}
