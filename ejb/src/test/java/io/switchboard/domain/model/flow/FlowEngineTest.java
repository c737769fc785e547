package io.switchboard.domain.model.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.flow.FlowNode.Branch;
import io.switchboard.domain.model.flow.FlowNode.Check;
import io.switchboard.domain.model.flow.FlowNode.Op;
import io.switchboard.domain.model.flow.FlowNode.Subject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Running a flow (issue 20, FL-1) step by step, as the adapter will: what is said, asked, called and handed over. */
class FlowEngineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final FlowEngine engine = new FlowEngine(FlowEngine.DEFAULT_MAX_STEPS);
    private final Instant monday10 = Instant.parse("2026-11-30T02:00:00Z"); // Monday 10:00 in Shanghai

    private FlowContext ctx(Instant now, boolean open, String... tags) {
        return new FlowContext(now, SHANGHAI, "WEB", Set.of(tags), open, Map.of("visitor.name", "小明"), "zh");
    }

    @Test
    void theIssuesPathRunsFromMenuToTransfer() {
        FlowGraph g = FlowValidatorTest.sound();
        FlowEngine.Step s = engine.start(g, ctx(monday10, true));
        FlowEffect.Say menu = assertInstanceOf(FlowEffect.Say.class, s.effects().get(0));
        assertEquals("您好 小明，请选择：", menu.text());
        assertEquals(List.of("1", "2"), menu.buttons().stream().map(FlowNode.MenuOption::key).toList());
        assertEquals(FlowState.Waiting.ANSWER, s.state().waiting());
        assertEquals(monday10.plusSeconds(60), s.state().waitUntil());

        s = engine.answer(g, s.state(), "查订单", ctx(monday10, true)); // chosen by its text
        assertEquals("phone", s.state().node());
        assertEquals("请输入手机号", ((FlowEffect.Say) s.effects().get(0)).text());

        s = engine.answer(g, s.state(), "不告诉你", ctx(monday10, true));
        assertEquals("号码不对", ((FlowEffect.Say) s.effects().get(0)).text(), "the node's invalid text, and it asks again");
        assertEquals(1, s.state().errors());

        s = engine.answer(g, s.state(), "138 1234 5678", ctx(monday10, true));
        FlowEffect.Call call = assertInstanceOf(FlowEffect.Call.class, s.effects().get(0));
        assertEquals("https://crm.example.com/orders", call.url());
        assertEquals(Map.of("phone", "13812345678"), call.body());
        assertEquals(FlowState.Waiting.CALL, s.state().waiting());

        assertEquals(List.of(), engine.answer(g, s.state(), "还在吗", ctx(monday10, true)).effects(),
                "a line while the call runs is only kept in the transcript");

        s = engine.callAnswered(g, s.state(), path -> "$.data.level".equals(path) ? Optional.of("gold") : Optional.empty(),
                ctx(monday10, true));
        assertEquals("gold", s.state().variables().get("level"));
        assertEquals(new FlowEffect.Transfer(3L), s.effects().get(0), "a gold member inside 09:00-18:00 goes to a human");
        assertEquals("human", s.state().node());

        s = engine.transferFailed(g, s.state(), ctx(monday10, true));
        assertEquals("当前无人工坐席在线", ((FlowEffect.Say) s.effects().get(0)).text());
        assertEquals("感谢您的咨询，gold 会员", ((FlowEffect.Say) s.effects().get(1)).text());
        assertEquals(Optional.of("ended"), s.ended());
        assertTrue(s.state().finished());
    }

    @Test
    void aFailedCallTakesTheDefaultsAndFallsThroughWithoutAFailedExit() {
        FlowGraph g = FlowValidatorTest.sound();
        FlowState atCall = new FlowState("api", FlowState.Waiting.CALL, 0, Map.of("phone", "138"), 0, monday10);
        FlowEngine.Step s = engine.callFailed(g, atCall, ctx(monday10, true));
        assertEquals("normal", s.state().variables().get("level"));
        assertEquals("感谢您的咨询，normal 会员", ((FlowEffect.Say) s.effects().get(0)).text(), "default branch to the end");

        List<FlowEdge> edges = new ArrayList<>(g.edges());
        edges.add(new FlowEdge("api", "failed", "human"));
        s = engine.timedOut(new FlowGraph(g.nodes(), edges), atCall, ctx(monday10, true));
        assertEquals(new FlowEffect.Transfer(3L), s.effects().get(0), "a call that never answered fails by its exit");
    }

    @Test
    void tooManyInvalidAnswersOrNoAnswerLeaveByTheirExits() {
        FlowGraph g = FlowValidatorTest.sound();
        FlowEngine.Step s = engine.start(g, ctx(monday10, true));
        s = engine.answer(g, s.state(), "9", ctx(monday10, true));
        assertEquals("您的输入错误，请重新输入。", ((FlowEffect.Say) s.effects().get(0)).text());
        assertEquals(2, ((FlowEffect.Say) s.effects().get(0)).buttons().size(), "the choices are offered again");
        s = engine.answer(g, s.state(), "啊", ctx(monday10, true));
        s = engine.answer(g, s.state(), "哦", ctx(monday10, true));
        assertEquals(Optional.of("failed"), s.ended(), "the third invalid answer, and no failed exit: the flow ends");

        FlowEngine.Step waiting = engine.start(g, ctx(monday10, true));
        assertEquals(Optional.of("timeout"), engine.timedOut(g, waiting.state(), ctx(monday10, true)).ended());
        assertEquals("phone", engine.answer(g, waiting.state(), "1", ctx(monday10, true)).state().node(), "by number");
    }

    @Test
    void conditionsLookAtVariablesTagsTimeAndWeekday() {
        Map<String, String> vars = Map.of("age", "42", "level", "Gold");
        FlowContext night = ctx(Instant.parse("2026-11-29T15:30:00Z"), true, "vip"); // Sunday 23:30 in Shanghai
        assertTrue(FlowChecks.holds(new Check(Subject.VARIABLE, "level", Op.EQUALS, "gold"), vars, night));
        assertTrue(FlowChecks.holds(new Check(Subject.VARIABLE, "age", Op.GREATER_THAN, "18"), vars, night));
        assertTrue(FlowChecks.holds(new Check(Subject.VARIABLE, "city", Op.ABSENT, null), vars, night));
        assertTrue(FlowChecks.holds(new Check(Subject.TAG, null, Op.EQUALS, "vip"), vars, night));
        assertTrue(FlowChecks.holds(new Check(Subject.TIME, null, Op.BETWEEN, "22:00-06:00"), vars, night));
        assertTrue(!FlowChecks.holds(new Check(Subject.TIME, null, Op.BETWEEN, "09:00-18:00"), vars, night));
        assertTrue(FlowChecks.holds(new Check(Subject.WEEKDAY, null, Op.IN, "6-7"), vars, night));
        assertTrue(!FlowChecks.holds(new Check(Subject.WEEKDAY, null, Op.IN, "1-5"), vars, night));
        assertTrue(FlowChecks.holds(new Check(Subject.CHANNEL, null, Op.EQUALS, "web"), vars, night));
    }

    @Test
    void serviceTimeAndAnEndlessLoopAreHandled() {
        FlowNode hours = FlowNode.of("hours", NodeKind.SERVICE_TIME);
        FlowNode open = new FlowNode("open", NodeKind.END, null, null, null, "在", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        FlowNode closed = new FlowNode("closed", NodeKind.END, null, null, null, "您好，当前非工作时间段", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        FlowGraph g = new FlowGraph(List.of(FlowNode.of("start", NodeKind.START), hours, open, closed),
                List.of(new FlowEdge("start", "next", "hours"), new FlowEdge("hours", "open", "open"),
                        new FlowEdge("hours", "closed", "closed")));
        assertEquals("您好，当前非工作时间段", ((FlowEffect.Say) engine.start(g, ctx(monday10, false)).effects().get(0)).text());

        FlowNode say = new FlowNode("say", NodeKind.MESSAGE, null, null, null, "again", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        FlowNode always = new FlowNode("always", NodeKind.CONDITION, null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of(new Branch("x", null, List.of(new Check(Subject.CHANNEL, null,
                Op.PRESENT, null)))), null, null, null, null, null, null, null);
        FlowGraph spin = new FlowGraph(List.of(FlowNode.of("start", NodeKind.START), say, always),
                List.of(new FlowEdge("start", "next", "say"), new FlowEdge("say", "next", "always"),
                        new FlowEdge("always", "x", "say"), new FlowEdge("always", "default", "say")));
        FlowEngine.Step s = new FlowEngine(10).start(spin, ctx(monday10, true));
        assertEquals(Optional.of("tooManySteps"), s.ended());
        assertTrue(s.effects().size() < 10, "stopped after 10 nodes: " + s.effects().size());
    }

    @Test
    void placeholdersWithoutAValueStayAsWritten() {
        FlowState s = FlowState.at("x").with("order", "A-1");
        assertEquals("A-1 / 小明 / ${nothing}", FlowEngine.fill("${order} / ${visitor.name} / ${nothing}", s,
                ctx(monday10, true)));
    }

    @Test
    void aBotGreetsAnswersAndHandsBackAfterItsMissesInARow() {
        FlowNode bot = new FlowNode("faq", NodeKind.BOT, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, 7L);
        FlowGraph g = new FlowGraph(List.of(FlowNode.of("start", NodeKind.START), bot, FlowNode.of("end", NodeKind.END)),
                List.of(new FlowEdge("start", "next", "faq"), new FlowEdge("faq", "next", "end")));
        FlowEngine.Step s = engine.start(g, ctx(monday10, true));
        assertEquals(List.of(new FlowEffect.Bot(7L, false)), s.effects(), "reaching the bot: its welcome");
        s = engine.answer(g, s.state(), "发票怎么开", ctx(monday10, true));
        assertEquals(List.of(new FlowEffect.Bot(7L, true)), s.effects(), "a line for the bot to answer");
        assertEquals("发票怎么开", s.state().variables().get("last.input"));

        FlowState waiting = s.state();
        s = engine.botAnswered(g, waiting, true, 2, ctx(monday10, true));
        assertEquals("1", s.state().variables().get(FlowEngine.BOT_MISSES));
        s = engine.botAnswered(g, s.state(), false, 2, ctx(monday10, true));
        assertEquals("0", s.state().variables().get(FlowEngine.BOT_MISSES), "an answer starts the count again");
        s = engine.botAnswered(g, s.state(), true, 2, ctx(monday10, true));
        assertEquals("faq", s.state().node(), "one miss in a row is not enough");
        s = engine.botAnswered(g, s.state(), true, 2, ctx(monday10, true));
        assertTrue(s.state().finished(), "the second miss in a row hands back, and the flow runs on to its end");
        assertEquals(Optional.of("ended"), s.ended());
    }
}
