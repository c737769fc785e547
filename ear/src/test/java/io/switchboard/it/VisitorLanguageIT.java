package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18, item 5: every visitor-facing text has a Chinese and an English value, chosen by the visitor's language —
 * the site texts of the widget's config ({@code ?lang=}), the dialog messages of a conversation opened in English
 * (IM API {@code lang}), the admin's own English texts, and the validation of their paths.
 */
@ExtendWith(SwitchboardServer.class)
class VisitorLanguageIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aConversationOpenedInEnglishIsAnsweredInEnglishAndAChineseOneInChinese() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "lang").apiKey());
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后咨询")).body().get("id").asLong();
        long agent = api.post("/api/v1/agents", Map.of("username", "lang-" + suffix, "displayName", "Lily",
                "password", "Secret-" + suffix)).body().get("agentId").asLong();
        api.put("/api/v1/skill-groups/" + group + "/members", List.of(Map.of("agentId", agent)));
        api.put("/api/v1/agents/" + agent + "/status", Map.of("status", "ONLINE"));

        // the admin's own English welcome; the other English texts keep their defaults
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        assertEquals("{agent} is here to help you.", settings.get("english").get("messages.assigned").asText());
        ((ObjectNode) settings.get("english")).put("messages.welcome", "Hi, I am glad to help.");
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());

        assertEquals(202, api.post("/api/v1/im/messages", Map.of("senderId", "en-" + suffix, "clientMessageId",
                "en-1-" + suffix, "text", "Where is my parcel?", "skillGroupId", group, "lang", "en-GB")).status());
        assertEquals(202, api.post("/api/v1/im/messages", Map.of("senderId", "zh-" + suffix, "clientMessageId",
                "zh-1-" + suffix, "text", "我的包裹在哪", "skillGroupId", group)).status());
        assertEquals(List.of("Lily is here to help you.", "Hi, I am glad to help."), systemLines(api, "en-" + suffix));
        assertEquals(List.of("坐席分配成功，Lily为您服务。", "欢迎您来咨询，请问有什么可以帮助您的呢？"),
                systemLines(api, "zh-" + suffix));

        // a path without an English side is refused by name, and nothing is saved
        ((ObjectNode) settings.get("english")).put("transfer.promptBody", "not a visitor's text");
        Api.Reply bad = api.put("/api/v1/routing-settings", settings);
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("english[transfer.promptBody]", bad.body().get("errors").get(0).get("field").asText(), bad.toString());
        assertEquals("Hi, I am glad to help.",
                api.get("/api/v1/routing-settings").body().get("english").get("messages.welcome").asText());
    }

    @Test
    void theWidgetConfigHasTheSiteTextsInTheVisitorsLanguage() throws Exception {
        Api api = new Api(server, Api.newTenant(server, "langsite").apiKey());
        JsonNode site = api.post("/api/v1/widget-sites", Map.of("name", "Shop")).body();
        String key = site.get("siteKey").asText();
        Api anonymous = new Api(server, null);
        assertEquals("在线客服", button(anonymous.get("/api/widget/" + key + "/config").body()));
        assertEquals("在线客服", button(anonymous.get("/api/widget/" + key + "/config?lang=zh-CN").body()));
        assertEquals("Chat with us", button(anonymous.get("/api/widget/" + key + "/config?lang=en").body()));

        ObjectNode settings = (ObjectNode) site.get("settings");
        ((ObjectNode) settings.get("info")).put("companyName", "示例商城");
        ((ObjectNode) settings.get("english")).put("button.text", "Talk to us");
        assertEquals(200, api.put("/api/v1/widget-sites/" + site.get("id").asLong(),
                Map.of("name", "Shop", "settings", settings)).status());
        JsonNode en = anonymous.get("/api/widget/" + key + "/config?lang=en").body();
        assertEquals("Talk to us", button(en));
        assertEquals("示例商城", en.get("settings").get("info").get("companyName").asText(),
                "an English text left empty shows the Chinese one");
        assertEquals("在线客服", button(anonymous.get("/api/widget/" + key + "/config?lang=zh").body()));

        // an English text is held to its Chinese field's length (a button text: 20)
        ((ObjectNode) settings.get("english")).put("button.text", "Talk to us right now, please");
        Api.Reply tooLong = api.put("/api/v1/widget-sites/" + site.get("id").asLong(), Map.of("name", "Shop", "settings", settings));
        assertEquals(400, tooLong.status(), tooLong.toString());
        assertEquals("english[button.text]", tooLong.body().get("errors").get(0).get("field").asText(), tooLong.toString());
        assertEquals("Talk to us", button(anonymous.get("/api/widget/" + key + "/config?lang=en").body()), "nothing saved");
        ((ObjectNode) settings.get("english")).put("button.text", "Talk to us");

        ((ObjectNode) settings.get("english")).put("button.color", "#000000");
        Api.Reply bad = api.put("/api/v1/widget-sites/" + site.get("id").asLong(), Map.of("name", "Shop", "settings", settings));
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("application/problem+json", bad.contentType());
        assertEquals("english[button.color]", bad.body().get("errors").get(0).get("field").asText(), bad.toString());
    }

    private static String button(JsonNode config) {
        return config.get("settings").get("button").get("text").asText();
    }

    /** The system lines of the visitor's conversation once the agent's two greetings are there. */
    private static List<String> systemLines(Api api, String sender) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Api.Reply r = null;
        while (Instant.now().isBefore(deadline)) {
            r = api.get("/api/v1/im/visitors/" + sender + "/conversation?after=0");
            if (r.status() == 200) {
                List<String> lines = new java.util.ArrayList<>();
                r.body().get("messages").forEach(m -> {
                    if ("SYSTEM".equals(m.get("sender").asText())) {
                        lines.add(m.get("body").asText());
                    }
                });
                if (lines.size() >= 2) {
                    return lines;
                }
            }
            Thread.sleep(150);
        }
        throw new AssertionError("no greetings: " + r);
    }
}
