package io.switchboard.domain.model.routing;

import java.util.Map;

/**
 * Fills the placeholders of the dialog messages (RT-11): {@code {agent}} the agent's name, {@code {num}} people
 * ahead in the queue, {@code {index}} the visitor's queue position, {@code {user}} the visitor's name and
 * {@code {time}} a time of day. Unknown placeholders are left as written, so a typo shows up in the message.
 */
public final class MessageTemplate {

    public static final String AGENT = "agent";
    public static final String NUM = "num";
    public static final String INDEX = "index";
    public static final String USER = "user";
    public static final String TIME = "time";

    private MessageTemplate() {
    }

    public static String render(String template, Map<String, ?> values) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close > 0) {
                String name = template.substring(i + 1, close);
                if (values.containsKey(name)) {
                    out.append(values.get(name));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
