package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports (issue 21): a scripted morning replayed on the tenant's stopped clock (the server runs with
 * SWITCHBOARD_TEST_CLOCK=true), then every KPI and figure checked against values worked out by hand below. Arrivals,
 * an answer within and one beyond the service-level threshold, a queue, a short abandon, a transfer (both agents'
 * parts counted, the first pickup kept), a chat the agent never answered, status intervals.
 */
@ExtendWith(SwitchboardServer.class)
class ReportsIT {

    /** 09:00:00 in Shanghai (the tenant's default zone) on a Monday well after any real time of this run. */
    private static final Instant NINE = Instant.parse("2030-03-04T01:00:00Z");

    private final SwitchboardServer server = SwitchboardServer.get();
    private Api api;
    private Api platform;
    private String tenantId;

    private void at(int minutes, int seconds) {
        Api.Reply r = platform.put("/api/platform/test-clock",
                Map.of("tenantId", tenantId, "at", NINE.plusSeconds(minutes * 60L + seconds).toString()));
        assertEquals(204, r.status(), r.toString());
    }

    @Test
    void aScriptedMorningGivesTheKpisWorkedOutByHand() throws Exception {
        Api.Tenant tenant = Api.newTenant(server, "reports");
        tenantId = tenant.id();
        api = new Api(server, tenant.apiKey());
        platform = new Api(server, server.platformKey());
        at(-10, 0);
        ObjectNode settings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        ((ObjectNode) settings.get("wrapUp")).put("enabled", false);
        assertEquals(200, api.put("/api/v1/routing-settings", settings).status());
        long group = api.post("/api/v1/skill-groups", Map.of("name", "售后")).body().get("id").asLong();
        long a = agent("a");
        long b = agent("b");
        assertEquals(200, api.put("/api/v1/skill-groups/" + group + "/members",
                List.of(Map.of("agentId", a, "priority", 1), Map.of("agentId", b, "priority", 1))).status());

        at(0, 0);
        status(a, "ONLINE");
        long v1 = arrive(group, "v1", a);                 // assigned at once: queued 0 s
        at(0, 10);
        agentSays(v1, a);                                  // first reply 10 s; answered 10 s after joining the queue
        at(1, 0);
        visitorSays(v1);
        at(1, 30);
        agentSays(v1, a);                                  // response 30 s
        at(2, 0);
        long v2 = arrive(group, "v2", a);
        at(2, 40);
        agentSays(v2, a);                                  // answered after 40 s: beyond T = 20 s
        at(3, 0);
        long v3 = arrive(group, "v3", null);               // a at its cap of 2, b offline: waits
        at(3, 4);
        close(v3, null);                                   // leaves after 4 s: a short abandon (S = 5 s)
        at(4, 0);
        long v4 = arrive(group, "v4", null);
        at(4, 30);
        status(b, "ONLINE");                               // v4 goes to b after 30 s in the queue
        awaitAgent(v4, b);
        at(4, 45);
        agentSays(v4, b);                                  // answered 45 s after joining the queue
        at(5, 0);
        long v5 = arrive(group, "v5", b);                  // the least busy: b (1) before a (2, its cap)
        at(5, 5);
        agentSays(v5, b);                                  // answered after 5 s
        at(6, 0);
        close(v5, b);                                      // b's part of v5: 60 s
        at(7, 0);
        assertEquals(200, api.post("/api/v1/conversations/" + v1 + "/transfer",
                Map.of("fromAgentId", a, "toAgentId", b)).status());
        at(7, 10);
        assertEquals(200, api.post("/api/v1/conversations/" + v1 + "/transfer/answer",
                Map.of("agentId", b, "accept", true)).status());   // a's part of v1: 430 s, 3 lines, valid
        at(7, 20);
        agentSays(v1, b);                                  // b's first reply 10 s after taking it
        at(8, 0);
        long v6 = arrive(group, "v6", a);                  // a has 1, b has 2
        at(8, 30);
        close(v6, null);                                   // never answered: a part of 30 s, no answer
        at(9, 0);
        close(v1, b);                                      // b's part of v1: 110 s
        at(10, 0);
        close(v2, a);                                      // 480 s
        close(v4, b);                                      // 330 s
        at(11, 0);
        status(a, "OFFLINE");                              // a online 660 s, b 390 s, both with a cap of 2
        status(b, "OFFLINE");

        String day = "from=2030-03-04&to=2030-03-04";
        JsonNode figures = Poll.until(Duration.ofSeconds(30), "every fact counted", () -> {
            JsonNode f = api.get("/api/v1/reports/figures?" + day).body();
            return f.path("onlineMs").asLong() == 1_050_000 && f.path("segmentsEnded").asLong() == 6 ? f : null;
        });
        Map<String, Long> expected = new HashMap<>();
        expected.put("arrived", 6L);
        expected.put("queued", 6L);
        expected.put("queueLeft", 5L);
        expected.put("queueMsSum", 30_000L);
        expected.put("queueMsMax", 30_000L);
        expected.put("answered", 4L);                      // v1 10 s, v2 40 s, v4 45 s, v5 5 s
        expected.put("answerMsSum", 100_000L);
        expected.put("answerMsMax", 45_000L);
        expected.put("answeredIn20", 2L);
        expected.put("answeredIn60", 4L);
        expected.put("abandoned", 1L);
        expected.put("abandonMsSum", 4_000L);
        expected.put("abandonedIn5", 1L);
        expected.put("sessions", 6L);                      // a: v1 v2 v6, b: v4 v5 v1
        expected.put("validSessions", 1L);                 // only a's part of v1 had a visitor line
        expected.put("segmentsEnded", 6L);
        expected.put("handleMsSum", 1_440_000L);           // 430 + 30 + 480 + 60 + 110 + 330 s
        expected.put("handleMsMax", 480_000L);
        expected.put("lines", 7L);
        expected.put("firstReplies", 5L);                  // 10 + 40 + 15 + 5 + 10 s
        expected.put("firstReplyMsSum", 80_000L);
        expected.put("firstReplyMsMax", 40_000L);
        expected.put("replies", 6L);                       // 10 + 30 + 40 + 15 + 5 + 10 s
        expected.put("replyMsSum", 110_000L);
        expected.put("replyMsMax", 40_000L);
        expected.put("transfersIn", 1L);
        expected.put("transfersOut", 1L);
        expected.put("onlineMs", 1_050_000L);
        expected.put("capacityMs", 2_100_000L);
        expected.forEach((k, v) -> assertEquals(v, figures.get(k).asLong(), k + " in " + figures));

        JsonNode ofA = api.get("/api/v1/reports/figures?" + day + "&agentId=" + a).body();
        assertEquals(3, ofA.get("sessions").asLong(), ofA.toString());
        assertEquals(1, ofA.get("transfersOut").asLong());
        assertEquals(940_000, ofA.get("handleMsSum").asLong(), "a: 430 + 30 + 480 s");
        JsonNode ofB = api.get("/api/v1/reports/figures?" + day + "&agentId=" + b).body();
        assertEquals(3, ofB.get("sessions").asLong(), ofB.toString());
        assertEquals(1, ofB.get("transfersIn").asLong());
        assertEquals(500_000, ofB.get("handleMsSum").asLong(), "b: 60 + 110 + 330 s");

        // the agent report (RP-3): each agent's own part of the transferred conversation
        JsonNode agents = api.get("/api/v1/reports/agents?" + day).body();
        assertEquals(2, agents.size(), agents.toString());
        JsonNode ra = agents.get(0).get("figures");
        assertEquals(a, agents.get(0).get("agentId").asLong(), agents.toString());
        assertEquals("坐席a", agents.get(0).get("name").asText());
        assertEquals(660_000, ra.get("onlineMs").asLong(), ra.toString());
        assertEquals(3, ra.get("sessions").asLong());
        assertEquals(1, ra.get("transfersOut").asLong());
        assertEquals(313_333, ra.get("avgHandleMs").asLong(), "(430 + 30 + 480) s / 3");
        assertEquals(480_000, ra.get("maxHandleMs").asLong());
        assertEquals(25_000, ra.get("avgFirstReplyMs").asLong(), "(10 + 40) s / 2: v6 got no reply");
        assertEquals(26_667, ra.get("avgReplyMs").asLong(), "(10 + 30 + 40) s / 3");
        assertEquals(40_000, ra.get("maxReplyMs").asLong());
        JsonNode rb = agents.get(1).get("figures");
        assertEquals(390_000, rb.get("onlineMs").asLong(), rb.toString());
        assertEquals(1, rb.get("transfersIn").asLong());
        assertEquals(166_667, rb.get("avgHandleMs").asLong(), "(60 + 110 + 330) s / 3");
        assertEquals(10_000, rb.get("avgFirstReplyMs").asLong(), "(15 + 5 + 10) s / 3");
        assertEquals(15_000, rb.get("maxFirstReplyMs").asLong());
        JsonNode ofTheGroup = api.get("/api/v1/reports/agents?" + day + "&skillGroupId=" + group).body();
        assertEquals(660_000, ofTheGroup.get(0).get("figures").get("onlineMs").asLong(),
                "status times (no group) are kept when one group is chosen: " + ofTheGroup);
        assertEquals(3, ofTheGroup.get(0).get("figures").get("sessions").asLong());

        JsonNode kpis = api.get("/api/v1/reports/kpis?" + day).body();
        JsonNode k = kpis.get("tenant");
        assertEquals(0.5, k.get("serviceLevel").asDouble(), 1e-9, "2 within 20 s of (4 answered + 1 abandoned − 1 short)");
        assertEquals(25_000, k.get("asaMs").asLong(), "(10 + 40 + 45 + 5) s / 4");
        assertEquals(0.0, k.get("abandonmentRate").asDouble(), 1e-9, "the only abandon was short");
        assertEquals(240_000, k.get("ahtMs").asLong(), "1,440 s over 6 parts (no wrap-up)");
        assertEquals(1_440.0 / 2_100.0, k.get("occupancy").asDouble(), 1e-9, "1,440 s of 1,050 s online × cap 2");
        assertEquals("Asia/Shanghai", kpis.get("zone").asText());
        JsonNode ofGroup = kpis.get("groups").get(0);
        assertEquals(group, ofGroup.get("skillGroupId").asLong(), kpis.toString());
        assertEquals(0.5, ofGroup.get("kpis").get("serviceLevel").asDouble(), 1e-9);
        JsonNode strict = api.get("/api/v1/reports/kpis?" + day + "&thresholdSeconds=10&shortAbandonSeconds=0").body();
        assertEquals(2.0 / 5.0, strict.get("tenant").get("serviceLevel").asDouble(), 1e-9,
                "T 10 s (v1, v5) and every abandon counts: 2 of 5");
        assertEquals(0.2, strict.get("tenant").get("abandonmentRate").asDouble(), 1e-9);
        // T and S as the tenant's own (RP-5): the KPIs, the overview and the monitor use them when none is asked for
        ObjectNode tenantSettings = (ObjectNode) api.get("/api/v1/routing-settings").body();
        tenantSettings.set("serviceLevel", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                Map.of("thresholdSeconds", 10, "shortAbandonSeconds", 0, "workHoursOnly", false)));
        assertEquals(200, api.put("/api/v1/routing-settings", tenantSettings).status());
        JsonNode byTenant = api.get("/api/v1/reports/kpis?" + day).body();
        assertEquals(2.0 / 5.0, byTenant.get("tenant").get("serviceLevel").asDouble(), 1e-9, byTenant.toString());
        assertEquals(10, byTenant.get("tenant").get("thresholdSeconds").asInt());
        ((ObjectNode) tenantSettings.get("serviceLevel")).put("thresholdSeconds", 25);
        assertEquals(400, api.put("/api/v1/routing-settings", tenantSettings).status(), "T must be one the rollups count");
        // limited to work hours: the morning happened 09:00-09:11; with the working day from 10:00 nothing counts
        ((ObjectNode) tenantSettings.get("serviceLevel")).put("thresholdSeconds", 10);
        ((ObjectNode) tenantSettings.get("workHours").get("schedule").get("segments").get(0)).put("start", "10:00:00");
        Api.Reply moved = api.put("/api/v1/routing-settings", tenantSettings);
        assertEquals(200, moved.status(), moved.toString());
        JsonNode inHours = api.get("/api/v1/reports/kpis?" + day + "&workHoursOnly=true").body();
        assertTrue(inHours.get("workHoursOnly").asBoolean(), inHours.toString());
        assertEquals(0, inHours.get("tenant").get("answered").asLong(), inHours.toString());
        JsonNode undefined = inHours.get("tenant").path("serviceLevel");
        assertTrue(undefined.isMissingNode() || undefined.isNull(), "nothing to divide: " + inHours);
        assertEquals(4, api.get("/api/v1/reports/kpis?" + day).body().get("tenant").get("answered").asLong(),
                "without the limit every hour counts");
        ((ObjectNode) tenantSettings.get("workHours").get("schedule").get("segments").get(0)).put("start", "09:00:00");
        assertEquals(200, api.put("/api/v1/routing-settings", tenantSettings).status());
        JsonNode inNineToSix = api.get("/api/v1/reports/kpis?" + day + "&workHoursOnly=true").body();
        assertEquals(4, inNineToSix.get("tenant").get("answered").asLong(), "09:00 begins within 09:00-18:00");

        // the overview (RP-2) of that day: everything arrived in the 09:00 hour of Shanghai, on the web channel
        JsonNode overview = api.get("/api/v1/reports/overview?day=2030-03-04").body();
        assertEquals(24, overview.get("hours").size(), overview.toString());
        assertEquals(6, overview.get("arrivedToday").asLong());
        assertEquals(4, overview.get("answeredToday").asLong());
        assertEquals(1, overview.get("abandonedToday").asLong());
        assertEquals(0.8, overview.get("answerRate").asDouble(), 1e-9, "4 of 5");
        assertEquals(6, overview.get("inbound").get("WEB").get(9).asLong(), overview.get("inbound").toString());
        assertEquals(4, overview.get("answered").get(9).asLong());
        assertEquals(0, overview.get("answered").get(10).asLong());

        // the session list keeps the first agent's pickup: v1's wait is 0 s, not the time until the transfer
        JsonNode sessions = api.get("/api/v1/sessions?limit=50").body().get("items");
        JsonNode v1Session = null;
        for (JsonNode item : sessions) {
            v1Session = item.get("id").asLong() == v1 ? item : v1Session;
        }
        assertEquals(0, v1Session.get("waitSeconds").asLong(), v1Session.toString());
        assertEquals(NINE.toString(), Instant.parse(v1Session.get("servedAt").asText()).toString(), v1Session.toString());

        // quality scores (质检): a's v2 80 then changed to 90, b's v4 60; the average is of the latest scores
        at(12, 0);
        Api.Reply scored = api.put("/api/v1/conversations/" + v2 + "/qa",
                Map.of("score", 80, "comment", "回复及时", "marks", Map.of("态度", 90, "专业", 70)));
        assertEquals(200, scored.status(), scored.toString());
        assertEquals(70, scored.body().get("marks").get("专业").asInt(), scored.toString());
        assertEquals(200, api.put("/api/v1/conversations/" + v2 + "/qa", Map.of("score", 90)).status());
        assertEquals(200, api.put("/api/v1/conversations/" + v4 + "/qa", Map.of("score", 60)).status());
        assertEquals(90, api.get("/api/v1/conversations/" + v2 + "/qa").body().get("score").asInt());
        assertEquals(400, api.put("/api/v1/conversations/" + v4 + "/qa", Map.of("score", 101)).status());
        assertEquals(400, api.put("/api/v1/conversations/" + v4 + "/qa",
                Map.of("score", 50, "marks", Map.of("态度", 200))).status());
        assertEquals(409, api.put("/api/v1/conversations/" + v3 + "/qa", Map.of("score", 50)).status(),
                "v3 was never served");
        assertEquals(60, api.get("/api/v1/conversations/" + v4 + "/qa").body().get("score").asInt(),
                "a refused score changes nothing");
        JsonNode qa = Poll.until(Duration.ofSeconds(30), "the scores counted", () -> {
            JsonNode f = api.get("/api/v1/reports/figures?" + day).body();
            return f.path("qaSum").asLong() == 150 ? f : null;
        });
        assertEquals(2, qa.get("qaScores").asLong(), "two conversations scored: " + qa);
        JsonNode scoredAgents = api.get("/api/v1/reports/agents?" + day).body();
        assertEquals(90.0, scoredAgents.get(0).get("figures").get("avgQaScore").asDouble(), 1e-9, scoredAgents.toString());
        assertEquals(60.0, scoredAgents.get(1).get("figures").get("avgQaScore").asDouble(), 1e-9);

        customReports(a, b, v1, v4);

        // bad input: a clear 400 with the field named
        assertEquals(400, api.get("/api/v1/reports/kpis?from=2030-03-04&to=2030-01-01").status());
        assertEquals(400, api.get("/api/v1/reports/kpis?from=2029-01-01&to=2030-03-04").status(), "more than 90 days");
        assertEquals(400, api.get("/api/v1/reports/kpis?from=yesterday&to=2030-03-04").status());
        assertEquals(400, api.get("/api/v1/reports/kpis?" + day + "&thresholdSeconds=25").status());
        // another tenant sees none of it
        Api other = new Api(server, Api.newTenant(server, "reports-other").apiKey());
        assertEquals(0, other.get("/api/v1/reports/figures?" + day).body().get("arrived").asLong());
        platform.put("/api/platform/test-clock", Map.of("tenantId", tenantId));
    }

    /** Custom reports (RP-4) of the same morning, worked out by hand from the script above. */
    private void customReports(long a, long b, long v1, long v4) throws InterruptedException {
        String visitor = api.get("/api/v1/conversations/" + v1).body().get("visitorId").asText();
        assertEquals(200, api.put("/api/v1/visitors/" + visitor + "/tags/VIP", Map.of()).status());
        assertEquals(200, api.put("/api/v1/visitors/" + visitor + "/tags/B2B", Map.of()).status());

        Map<String, Object> byAgent = new HashMap<>();
        byAgent.put("metrics", List.of("AVG_QUEUE_TIME", "MAX_QUEUE_TIME", "TIMES_QUEUED", "UNIQUE_VISITORS", "SESSIONS",
                "MESSAGES", "AVG_DURATION", "MAX_DURATION", "AVG_FIRST_RESPONSE", "AVG_RESPONSE"));
        byAgent.put("dimensions", List.of("AGENT"));
        byAgent.put("from", "2030-03-04");
        byAgent.put("to", "2030-03-04");
        JsonNode r = Poll.until(Duration.ofSeconds(30), "the custom rows counted", () -> {
            Api.Reply reply = api.post("/api/v1/reports/custom/query", byAgent);
            assertEquals(200, reply.status(), reply.toString());
            return reply.body().get("rows").size() == 3 ? reply.body() : null;
        });
        // rows: a, b, then "" (v3 nobody took); queue figures by the agent who took the conversation from the queue
        JsonNode ra = r.get("rows").get(0);
        assertEquals(String.valueOf(a), ra.get("keys").get(0).asText(), r.toString());
        assertEquals("坐席a", ra.get("labels").get(0).asText());
        assertValues(ra, 0.0, 0, 3, 3, 3, 4, 940_000 / 3.0, 480_000, 25_000.0, 80_000 / 3.0);
        JsonNode rb = r.get("rows").get(1);
        assertEquals(String.valueOf(b), rb.get("keys").get(0).asText());
        assertValues(rb, 15_000.0, 30_000, 2, 2, 3, 3, 500_000 / 3.0, 330_000, 10_000.0, 10_000.0);
        JsonNode none = r.get("rows").get(2);
        assertEquals("", none.get("keys").get(0).asText(), "v3 was abandoned: nobody's");
        assertValues(none, 4_000.0, 4_000, 1, 1, 0, 0, null, null, null, null);
        assertEquals("SEALED_DAYS_AND_ROWS", r.get("source").asText(), "the day is not over: its rows");

        // without unique visitors and times queued, a report by agent is served from the rollups: the same figures
        Map<String, Object> fromRollups = new HashMap<>(byAgent);
        fromRollups.put("metrics", List.of("AVG_QUEUE_TIME", "MAX_QUEUE_TIME", "SESSIONS", "MESSAGES", "AVG_DURATION",
                "MAX_DURATION", "AVG_FIRST_RESPONSE", "AVG_RESPONSE"));
        JsonNode rolled = api.post("/api/v1/reports/custom/query", fromRollups).body();
        assertEquals(3, rolled.get("rows").size(), rolled.toString());
        assertValues(rolled.get("rows").get(0), 0.0, 0, 3, 4, 940_000 / 3.0, 480_000, 25_000.0, 80_000 / 3.0);
        assertValues(rolled.get("rows").get(1), 15_000.0, 30_000, 3, 3, 500_000 / 3.0, 330_000, 10_000.0, 10_000.0);
        assertValues(rolled.get("rows").get(2), 4_000.0, 4_000, 0, 0, null, null, null, null);
        assertEquals("ROLLUPS", rolled.get("source").asText());

        // session type × validity: only a's part of v1 had a visitor line; b's part of v1 came by a transfer
        Map<String, Object> byType = new HashMap<>(byAgent);
        byType.put("metrics", List.of("SESSIONS", "AVG_QA_SCORE"));
        byType.put("dimensions", List.of("SESSION_TYPE", "VALIDITY"));
        JsonNode types = api.post("/api/v1/reports/custom/query", byType).body();
        Map<String, String> sessions = typeFigures(types);
        assertEquals(Map.of("INBOUND/INVALID", "4/75.0", "INBOUND/VALID", "1/null", "TRANSFER/INVALID", "1/null"),
                sessions, "QA: a's v2 90 and b's v4 60, both invalid inbound parts: " + types);
        assertEquals("SEALED_DAYS_AND_ROWS", types.get("source").asText(), "the day is not over: its rows");

        // visitor tag × hour: v1's visitor has two tags, so its two parts count under each
        Map<String, Object> byTag = new HashMap<>(byAgent);
        byTag.put("metrics", List.of("SESSIONS", "UNIQUE_VISITORS"));
        byTag.put("dimensions", List.of("VISITOR_TAG", "TIME"));
        byTag.put("granularity", "HOUR");
        JsonNode tags = api.post("/api/v1/reports/custom/query", byTag).body();
        assertEquals(Map.of("B2B@2030-03-04T09:00", "2/1", "VIP@2030-03-04T09:00", "2/1", "@2030-03-04T09:00", "4/5"),
                tagFigures(tags), tags.toString());
        assertEquals("SEALED_DAYS_AND_ROWS", tags.get("source").asText(), "the day is not over: its rows");
        Map<String, Object> byTagDay = new HashMap<>(byTag);
        byTagDay.put("granularity", "DAY");
        JsonNode tagDays = api.post("/api/v1/reports/custom/query", byTagDay).body();
        assertEquals(Map.of("B2B@2030-03-04", "2/1", "VIP@2030-03-04", "2/1", "@2030-03-04", "4/5"), tagFigures(tagDays),
                tagDays.toString());
        assertEquals("SEALED_DAYS_AND_ROWS", tagDays.get("source").asText(), "the day is not over: its rows");

        // agent × hour from the open day's rows, a row at a time: the same rows in the same order as all at once
        Map<String, Object> agentHours = new HashMap<>(byAgent);
        agentHours.put("dimensions", List.of("AGENT", "TIME"));
        agentHours.put("granularity", "HOUR");
        JsonNode openHours = api.post("/api/v1/reports/custom/query", agentHours).body();
        assertEquals("SEALED_DAYS_AND_ROWS", openHours.get("source").asText(), openHours.toString());
        assertEquals(List.of(String.valueOf(a), String.valueOf(b), ""), firstKeys(openHours), openHours.toString());
        assertPaged(agentHours, openHours);

        // saved, run again, narrowed; refusals; another tenant sees none of it
        Map<String, Object> draft = new HashMap<>(byAgent);
        draft.remove("from");
        draft.remove("to");
        draft.put("name", "每日客服");
        draft.put("chart", "BAR");
        draft.put("lastDays", 1);
        Api.Reply created = api.post("/api/v1/reports/custom", draft);
        assertEquals(201, created.status(), created.toString());
        long id = created.body().get("id").asLong();
        assertEquals(409, api.post("/api/v1/reports/custom", draft).status(), "the name is taken");
        JsonNode narrowed = api.get("/api/v1/reports/custom/" + id + "/data?metrics=SESSIONS,MESSAGES&only=AGENT:" + b)
                .body();
        assertEquals(1, narrowed.get("rows").size(), narrowed.toString());
        assertEquals(List.of("SESSIONS", "MESSAGES"), List.of(narrowed.get("metrics").get(0).asText(),
                narrowed.get("metrics").get(1).asText()));
        assertEquals(3, narrowed.get("rows").get(0).get("values").get(0).asLong(), "today is the stopped clock's day");
        assertEquals("2030-03-04", narrowed.get("from").asText());
        assertEquals(0, api.get("/api/v1/reports/custom/" + id + "/data?from=2030-03-05&to=2030-03-05").body()
                .get("rows").size(), "the next day: nothing");
        Map<String, Object> bad = new HashMap<>(draft);
        bad.put("name", "坏");
        bad.put("metrics", List.of("SESSIONS", "NOPE"));
        Api.Reply refused = api.post("/api/v1/reports/custom", bad);
        assertEquals(400, refused.status(), refused.toString());
        bad.put("metrics", List.of("SESSIONS"));
        bad.put("dimensions", List.of("TIME"));
        assertEquals(400, api.post("/api/v1/reports/custom", bad).status(), "time without a granularity");
        bad.put("dimensions", List.of("AGENT"));
        bad.put("lastDays", 91);
        assertEquals(400, api.post("/api/v1/reports/custom", bad).status(), "more than 90 days");
        assertEquals(400, api.get("/api/v1/reports/custom/" + id + "/data?metrics=AVG_QA_SCORE").status(),
                "not one of the report's metrics");
        assertEquals(400, api.get("/api/v1/reports/custom/" + id + "/data?only=CHANNEL:WEB").status(),
                "not one of the report's dimensions");
        JsonNode secondOfB = api.get("/api/v1/reports/custom/" + id + "/data?only=AGENT:" + b + "&offset=1").body();
        assertEquals(0, secondOfB.get("rows").size(), "narrowed to b: one row, none after it " + secondOfB);
        assertEquals(1, secondOfB.get("offset").asInt());
        for (String window : List.of("limit=0", "limit=5001", "offset=-1", "limit=x")) {
            Api.Reply badWindow = api.get("/api/v1/reports/custom/" + id + "/data?" + window);
            assertEquals(400, badWindow.status(), window + ": " + badWindow);
            assertTrue(badWindow.contentType().startsWith("application/problem+json"), window + ": " + badWindow);
            assertEquals(window.substring(0, window.indexOf('=')), badWindow.body().get("errors").get(0).get("field")
                    .asText(), badWindow.toString());
        }
        Api other = new Api(server, Api.newTenant(server, "custom-other").apiKey());
        assertEquals(404, other.get("/api/v1/reports/custom/" + id).status());
        assertEquals(404, other.delete("/api/v1/reports/custom/" + id).status());
        assertEquals(0, other.post("/api/v1/reports/custom/query", byAgent).body().get("rows").size());
        assertEquals(204, api.delete("/api/v1/reports/custom/" + id).status());
        assertEquals(404, api.get("/api/v1/reports/custom/" + id).status());

        sealedDay(byAgent, byType, byTagDay, byTag, a, b, v4, visitor);
    }

    /**
     * The morning's day over and quiet: the roller seals it, and the reports the cells can answer read them with the
     * same figures; a late QA score opens the day again (its rows), and it is sealed again once quiet.
     */
    private void sealedDay(Map<String, Object> byAgent, Map<String, Object> byType, Map<String, Object> byTag,
                           Map<String, Object> byTagHour, long a, long b, long v4, String tagged)
            throws InterruptedException {
        at(17 * 60, 0); // 02:00 the next day
        JsonNode types = Poll.until(Duration.ofSeconds(60), "the day sealed", () -> {
            JsonNode body = api.post("/api/v1/reports/custom/query", byType).body();
            return "SEALED_DAYS".equals(body.get("source").asText()) ? body : null;
        });
        assertEquals(Map.of("INBOUND/INVALID", "4/75.0", "INBOUND/VALID", "1/null", "TRANSFER/INVALID", "1/null"),
                typeFigures(types), types.toString());
        // by agent with times queued (which the rollups cannot split by agent) and unique visitors (each cell keeps
        // its visitors): the same figures as from the rows
        JsonNode r = api.post("/api/v1/reports/custom/query", byAgent).body();
        assertEquals("SEALED_DAYS", r.get("source").asText(), r.toString());
        assertEquals(3, r.get("rows").size(), r.toString());
        assertEquals(String.valueOf(a), r.get("rows").get(0).get("keys").get(0).asText());
        assertValues(r.get("rows").get(0), 0.0, 0, 3, 3, 3, 4, 940_000 / 3.0, 480_000, 25_000.0, 80_000 / 3.0);
        assertEquals(String.valueOf(b), r.get("rows").get(1).get("keys").get(0).asText());
        assertValues(r.get("rows").get(1), 15_000.0, 30_000, 2, 2, 3, 3, 500_000 / 3.0, 330_000, 10_000.0, 10_000.0);
        assertValues(r.get("rows").get(2), 4_000.0, 4_000, 1, 1, 0, 0, null, null, null, null);
        // all of them: five conversations of five visitors
        Map<String, Object> total = new HashMap<>(byAgent);
        total.put("metrics", List.of("UNIQUE_VISITORS", "TIMES_QUEUED"));
        total.put("dimensions", List.of());
        JsonNode all = api.post("/api/v1/reports/custom/query", total).body();
        assertEquals("SEALED_DAYS", all.get("source").asText(), all.toString());
        assertValues(all.get("rows").get(0), 6, 6);
        // by visitor tag: the cells by the tags v1's visitor had when the day was sealed
        JsonNode tags = api.post("/api/v1/reports/custom/query", byTag).body();
        assertEquals("SEALED_DAYS", tags.get("source").asText(), tags.toString());
        assertEquals(Map.of("B2B@2030-03-04", "2/1", "VIP@2030-03-04", "2/1", "@2030-03-04", "4/5"), tagFigures(tags),
                tags.toString());
        // by hour: the day's hours by tag, each with its count of visitors
        JsonNode tagHours = api.post("/api/v1/reports/custom/query", byTagHour).body();
        assertEquals("SEALED_DAYS", tagHours.get("source").asText(), tagHours.toString());
        assertEquals(Map.of("B2B@2030-03-04T09:00", "2/1", "VIP@2030-03-04T09:00", "2/1", "@2030-03-04T09:00", "4/5"),
                tagFigures(tagHours), tagHours.toString());
        // and by agent × hour with times queued and unique visitors: the morning is one hour, so the agents' figures
        Map<String, Object> agentHours = new HashMap<>(byAgent);
        agentHours.put("dimensions", List.of("AGENT", "TIME"));
        agentHours.put("granularity", "HOUR");
        JsonNode ah = api.post("/api/v1/reports/custom/query", agentHours).body();
        assertEquals("SEALED_DAYS", ah.get("source").asText(), ah.toString());
        assertEquals(3, ah.get("rows").size(), ah.toString());
        assertEquals(List.of(String.valueOf(a), "2030-03-04T09:00"), List.of(ah.get("rows").get(0).get("keys").get(0)
                .asText(), ah.get("rows").get(0).get("keys").get(1).asText()), ah.toString());
        assertValues(ah.get("rows").get(0), 0.0, 0, 3, 3, 3, 4, 940_000 / 3.0, 480_000, 25_000.0, 80_000 / 3.0);
        assertValues(ah.get("rows").get(1), 15_000.0, 30_000, 2, 2, 3, 3, 500_000 / 3.0, 330_000, 10_000.0, 10_000.0);
        assertValues(ah.get("rows").get(2), 4_000.0, 4_000, 1, 1, 0, 0, null, null, null, null);
        assertPaged(agentHours, ah);
        // over all: the hour alone
        Map<String, Object> hours = new HashMap<>(total);
        hours.put("dimensions", List.of("TIME"));
        hours.put("granularity", "HOUR");
        JsonNode h = api.post("/api/v1/reports/custom/query", hours).body();
        assertEquals("SEALED_DAYS", h.get("source").asText(), h.toString());
        assertEquals(1, h.get("rows").size(), h.toString());
        assertValues(h.get("rows").get(0), 6, 6);

        // b's v4 scored again the next night: (90 + 100) / 2, read from the day's rows until it is quiet again
        assertEquals(200, api.put("/api/v1/conversations/" + v4 + "/qa", Map.of("score", 100)).status());
        // and v1's visitor loses a tag: its day counts the tags of now, at once from the rows
        assertEquals(200, api.delete("/api/v1/visitors/" + tagged + "/tags/B2B").status());
        JsonNode untagged = api.post("/api/v1/reports/custom/query", byTag).body();
        assertEquals(Map.of("VIP@2030-03-04", "2/1", "@2030-03-04", "4/5"), tagFigures(untagged), untagged.toString());
        assertEquals("SEALED_DAYS_AND_ROWS", untagged.get("source").asText(), untagged.toString());
        JsonNode untaggedHours = api.post("/api/v1/reports/custom/query", byTagHour).body();
        assertEquals(Map.of("VIP@2030-03-04T09:00", "2/1", "@2030-03-04T09:00", "4/5"), tagFigures(untaggedHours),
                untaggedHours.toString());
        assertEquals("SEALED_DAYS_AND_ROWS", untaggedHours.get("source").asText(), untaggedHours.toString());
        JsonNode reopened = Poll.until(Duration.ofSeconds(30), "the late score counted", () -> {
            JsonNode body = api.post("/api/v1/reports/custom/query", byType).body();
            return "4/95.0".equals(typeFigures(body).get("INBOUND/INVALID")) ? body : null;
        });
        assertEquals("SEALED_DAYS_AND_ROWS", reopened.get("source").asText(), reopened.toString());
        at(17 * 60 + 11, 0);
        JsonNode resealed = Poll.until(Duration.ofSeconds(60), "the day sealed again", () -> {
            JsonNode body = api.post("/api/v1/reports/custom/query", byType).body();
            return "SEALED_DAYS".equals(body.get("source").asText()) ? body : null;
        });
        assertEquals(Map.of("INBOUND/INVALID", "4/95.0", "INBOUND/VALID", "1/null", "TRANSFER/INVALID", "1/null"),
                typeFigures(resealed), resealed.toString());
        JsonNode retagged = api.post("/api/v1/reports/custom/query", byTag).body();
        assertEquals("SEALED_DAYS", retagged.get("source").asText(), retagged.toString());
        assertEquals(Map.of("VIP@2030-03-04", "2/1", "@2030-03-04", "4/5"), tagFigures(retagged), retagged.toString());
        JsonNode retaggedHours = api.post("/api/v1/reports/custom/query", byTagHour).body();
        assertEquals("SEALED_DAYS", retaggedHours.get("source").asText(), retaggedHours.toString());
        assertEquals(Map.of("VIP@2030-03-04T09:00", "2/1", "@2030-03-04T09:00", "4/5"), tagFigures(retaggedHours),
                retaggedHours.toString());
    }

    /**
     * The report asked a row at a time ({@code limit=1}, {@code offset} 0, 1 …) gives {@code all}'s rows one by one,
     * each saying whether more follow. By agent × hour the database picks the first rows of each kind of row (the
     * conversations', the parts') before they are joined, so a row whose two halves were cut apart would show here.
     */
    private void assertPaged(Map<String, Object> report, JsonNode all) {
        int n = all.get("rows").size();
        for (int i = 0; i <= n; i++) {
            JsonNode page = api.post("/api/v1/reports/custom/query?limit=1&offset=" + i, report).body();
            assertEquals(i, page.get("offset").asInt(), page.toString());
            assertEquals(all.get("source").asText(), page.get("source").asText(), page.toString());
            if (i == n) {
                assertEquals(0, page.get("rows").size(), page.toString());
            } else {
                assertEquals(List.of(all.get("rows").get(i)), List.of(page.get("rows").get(0)), "row " + i);
                assertEquals(1, page.get("rows").size(), page.toString());
            }
            assertEquals(i < n - 1, page.get("truncated").asBoolean(), "more after row " + i + ": " + page);
        }
    }

    private static List<String> firstKeys(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("rows").forEach(row -> out.add(row.get("keys").get(0).asText()));
        return out;
    }

    /** A report by visitor tag × time as "TAG@TIME" → "first value/second value". */
    private static Map<String, String> tagFigures(JsonNode report) {
        Map<String, String> out = new HashMap<>();
        report.get("rows").forEach(row -> out.put(row.get("keys").get(0).asText() + "@" + row.get("keys").get(1)
                .asText(), row.get("values").get(0).asText() + "/" + row.get("values").get(1).asText()));
        return out;
    }

    /** A report by session type × validity as "TYPE/VALIDITY" → "sessions/average QA score". */
    private static Map<String, String> typeFigures(JsonNode report) {
        Map<String, String> out = new HashMap<>();
        report.get("rows").forEach(row -> out.put(row.get("keys").get(0).asText() + "/" + row.get("keys").get(1)
                .asText(), row.get("values").get(0).asText() + "/" + row.get("values").get(1).asText()));
        return out;
    }

    private static void assertValues(JsonNode row, Object... expected) {
        JsonNode values = row.get("values");
        assertEquals(expected.length, values.size(), row.toString());
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == null) {
                assertTrue(values.get(i).isNull(), i + " in " + row);
            } else {
                assertEquals(((Number) expected[i]).doubleValue(), values.get(i).asDouble(), 0.01, i + " in " + row);
            }
        }
    }

    private long agent(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = api.post("/api/v1/agents", Map.of("username", "rep-" + name + "-" + suffix, "displayName",
                "坐席" + name, "password", "Secret-" + suffix, "maxConcurrent", 2));
        assertEquals(201, r.status(), r.toString());
        return r.body().get("agentId").asLong();
    }

    private void status(long agent, String status) {
        Api.Reply r = api.put("/api/v1/agents/" + agent + "/status", Map.of("status", status));
        assertEquals(200, r.status(), r.toString());
    }

    /** A visitor asks; when {@code agent} is given, waits until that agent has the conversation. */
    private long arrive(long group, String visitor, Long agent) throws InterruptedException {
        Api.Reply r = api.post("/api/v1/conversations", Map.of("visitorId", visitor + "-" + UUID.randomUUID(),
                "channel", "WEB", "skillGroupId", group));
        assertEquals(201, r.status(), r.toString());
        long id = r.body().get("id").asLong();
        if (agent != null) {
            awaitAgent(id, agent);
        } else {
            JsonNode c = api.get("/api/v1/conversations/" + id).body();
            assertEquals("QUEUED", c.get("state").asText(), c.toString());
        }
        return id;
    }

    private void awaitAgent(long conversation, long agent) throws InterruptedException {
        Poll.until(Duration.ofSeconds(20), "conversation " + conversation + " with agent " + agent, () -> {
            JsonNode c = api.get("/api/v1/conversations/" + conversation).body();
            return "ASSIGNED".equals(c.get("state").asText()) && c.get("agentId").asLong() == agent ? c : null;
        });
    }

    private void agentSays(long conversation, long agent) {
        Api.Reply r = api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("agentId", agent, "text", "您好，请讲"));
        assertEquals(200, r.status(), r.toString());
    }

    /** The visitor's line goes the durable way: waits until it is in the transcript (stored at the stopped time). */
    private void visitorSays(long conversation) throws InterruptedException {
        int before = api.get("/api/v1/conversations/" + conversation + "/messages").body().size();
        assertEquals(202, api.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "我的订单还没到")).status());
        Poll.until(Duration.ofSeconds(20), "the visitor's line stored", () -> {
            JsonNode t = api.get("/api/v1/conversations/" + conversation + "/messages").body();
            return t.size() > before ? t : null;
        });
    }

    private void close(long conversation, Long agent) {
        Map<String, Object> body = new HashMap<>();
        if (agent != null) {
            body.put("agentId", agent);
        }
        Api.Reply r = api.post("/api/v1/conversations/" + conversation + "/close", body);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().get("state").asText().length() > 0);
    }
}
