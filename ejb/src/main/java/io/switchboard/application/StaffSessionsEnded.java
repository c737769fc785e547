package io.switchboard.application;

/**
 * Every session and socket of a staff account must end now (CDI event, fired inside the deciding transaction):
 * its password was reset, an administrator forced it offline, or it was deleted. Signed-in HTTP sessions end at
 * their next request by the session epoch (see {@code UserAccount}); open sockets are closed through the events
 * topic on whichever node holds them.
 *
 * @param reason PASSWORD_RESET, FORCED_OFFLINE or DELETED
 */
public record StaffSessionsEnded(String tenantId, long accountId, String reason) {

    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String FORCED_OFFLINE = "FORCED_OFFLINE";
    public static final String DELETED = "DELETED";
}
