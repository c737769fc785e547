package io.switchboard.domain.model.desk;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CRM page beside the chat (AG-4): an admin's URL template with placeholders, e.g.
 * {@code https://crm.example.com/customer?visitor={visitorId}&agent={agentId}}. Values are URL-encoded; an
 * unknown placeholder is refused when the template is saved, so it never reaches an agent's browser.
 */
public final class CrmLink {

    public static final String VISITOR_ID = "visitorId";
    public static final String USER_ID = "userId";
    public static final String AGENT_ID = "agentId";
    public static final String TENANT_ID = "tenantId";
    public static final String CHANNEL = "channel";
    public static final String CONVERSATION_ID = "conversationId";
    private static final java.util.Set<String> KNOWN = java.util.Set.of(VISITOR_ID, USER_ID, AGENT_ID, TENANT_ID,
            CHANNEL, CONVERSATION_ID);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private CrmLink() {
    }

    /** The template stripped, or null when blank; refuses what is not an http(s) URL or names unknown placeholders. */
    public static String requireValidTemplate(String template) {
        if (template == null || template.isBlank()) {
            return null;
        }
        String t = template.strip();
        Matcher m = PLACEHOLDER.matcher(t);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                throw new IllegalArgumentException("crmUrl: unknown placeholder {" + m.group(1) + "}; use " + KNOWN);
            }
        }
        try {
            URI uri = new URI(m.replaceAll("x"));
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("crmUrl: must be an http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("crmUrl: not a URL (" + e.getMessage() + ")");
        }
        return t;
    }

    /** The template with every placeholder replaced by its URL-encoded value (empty when there is none). */
    public static String expand(String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(
                    v == null ? "" : URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
