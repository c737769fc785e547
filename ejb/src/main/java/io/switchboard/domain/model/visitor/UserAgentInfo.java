package io.switchboard.domain.model.visitor;

/** A user agent string read as operating system, browser and device kind ("Windows 10", "Chrome 131", "Desktop"). */
public record UserAgentInfo(String os, String browser, String device) {

    public static final UserAgentInfo UNKNOWN = new UserAgentInfo(null, null, null);

    /** Reads user agent strings; one implementation per library, chosen in the infrastructure layer. */
    public interface Parser {
        UserAgentInfo parse(String userAgent);
    }
}
