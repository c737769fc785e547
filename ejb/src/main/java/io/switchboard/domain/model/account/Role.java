package io.switchboard.domain.model.account;

/** The three roles of the seeds: administrator, quality inspector (supervisor) and agent. */
public enum Role {
    ADMIN,
    SUPERVISOR,
    AGENT;

    /** Where this role lands after login. */
    public String homePath() {
        return this == AGENT ? "/agent/" : "/admin/";
    }
}
