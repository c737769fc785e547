package io.switchboard.domain.model.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.flow.FlowNode.ApiOutput;
import io.switchboard.domain.model.flow.FlowNode.Branch;
import io.switchboard.domain.model.flow.FlowNode.Check;
import io.switchboard.domain.model.flow.FlowNode.MenuOption;
import io.switchboard.domain.model.flow.FlowNode.Op;
import io.switchboard.domain.model.flow.FlowNode.Subject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Validation before publish (issue 20, FL-1): a sound flow passes, and each kind of mistake is named at its node. */
class FlowValidatorTest {

    private final FlowValidator validator = new FlowValidator(new FlowValidator.Context(Set.of(3L), Set.of(),
            url -> url.contains("10.0.0.") ? Optional.of("a private address") : Optional.empty()));

    /** The issue's path: menu → collect phone → API call → condition → transfer, with an end for the rest. */
    static FlowGraph sound() {
        List<FlowNode> nodes = List.of(
                FlowNode.of("start", NodeKind.START),
                node("menu", NodeKind.MENU, "您好 ${visitor.name}，请选择：", n -> new FlowNode(n.id(), n.kind(), "导航", 10.0,
                        20.0, n.text(), null, List.of(new MenuOption("1", "查订单"), new MenuOption("2", "其他")),
                        "您的输入错误，请重新输入。", null, 3, 60, null, null, null, null, null, null, null, null, null, null,
                        null)),
                new FlowNode("phone", NodeKind.COLLECT, null, null, null, "请输入手机号", null, null, "号码不对", null, null,
                        null, "phone", InputKind.PHONE, null, null, null, null, null, null, null, null, null),
                new FlowNode("api", NodeKind.HTTP, null, null, null, null, null, null, null, null, null, 5, null, null,
                        null, null, "https://crm.example.com/orders", Map.of("phone", "${phone}"),
                        List.of(new ApiOutput("level", "$.data.level", "normal")), 1, null, null, null),
                new FlowNode("vip", NodeKind.CONDITION, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, List.of(new Branch("gold", "金卡", List.of(new Check(Subject.VARIABLE, "level",
                        Op.EQUALS, "gold"), new Check(Subject.TIME, null, Op.BETWEEN, "09:00-18:00")))), null, null,
                        null, null, null, null, null),
                new FlowNode("human", NodeKind.TRANSFER, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, 3L, "当前无人工坐席在线", null),
                node("bye", NodeKind.END, "感谢您的咨询，${level} 会员", n -> n));
        List<FlowEdge> edges = List.of(new FlowEdge("start", "next", "menu"), new FlowEdge("menu", "1", "phone"),
                new FlowEdge("menu", "2", "human"), new FlowEdge("phone", "next", "api"),
                new FlowEdge("api", "next", "vip"), new FlowEdge("vip", "gold", "human"),
                new FlowEdge("vip", "default", "bye"), new FlowEdge("human", "failed", "bye"));
        return new FlowGraph(nodes, edges);
    }

    private static FlowNode node(String id, NodeKind kind, String text, java.util.function.UnaryOperator<FlowNode> more) {
        return more.apply(new FlowNode(id, kind, null, null, null, text, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null));
    }

    @Test
    void aSoundFlowAndTheStarterPass() {
        assertEquals(List.of(), validator.validate(sound()));
        assertEquals(List.of(), validator.validate(FlowGraph.starter()));
    }

    @Test
    void eachMistakeIsNamedAtItsNode() {
        FlowGraph g = sound();
        List<FlowNode> nodes = new ArrayList<>(g.nodes());
        List<FlowEdge> edges = new ArrayList<>(g.edges());
        edges.remove(new FlowEdge("vip", "default", "bye")); // no default branch
        nodes.add(node("lost", NodeKind.MESSAGE, "无人到达", n -> n)); // unreachable
        edges.add(new FlowEdge("lost", "next", "nowhere")); // dangling
        nodes.set(5, new FlowNode("human", NodeKind.TRANSFER, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, 99L, null, null)); // unknown skill group
        nodes.set(6, node("bye", NodeKind.END, "再见 ${orderNo}", n -> n)); // unknown variable
        nodes.set(3, new FlowNode("api", NodeKind.HTTP, null, null, null, null, null, null, null, null, null, 60, null,
                null, null, null, "http://10.0.0.5/internal", null, null, 9, null, null, null)); // private, limits
        List<FlowProblem> problems = validator.validate(new FlowGraph(nodes, edges));
        assertHas(problems, "missingDefault", "vip");
        assertHas(problems, "unreachable", "lost");
        assertHas(problems, "danglingEdge", "lost");
        assertHas(problems, "unknownSkillGroup", "human");
        assertHas(problems, "unknownVariable", "bye");
        assertHas(problems, "urlRefused", "api");
        assertHas(problems, "outOfRange", "api");
        assertHas(problems, "unknownVariable", "vip"); // level is no longer set once the API node has no outputs
        assertTrue(problems.stream().allMatch(p -> p.message() != null && !p.message().isBlank()));
    }

    @Test
    void aLoopThatNeverWaitsIsRefusedButALoopThroughAMenuIsFine() {
        FlowNode say = node("say", NodeKind.MESSAGE, "hi", n -> n);
        FlowNode again = new FlowNode("again", NodeKind.CONDITION, null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of(new Branch("x", null, List.of(new Check(Subject.CHANNEL, null, Op.EQUALS,
                "WEB")))), null, null, null, null, null, null, null);
        FlowGraph spin = new FlowGraph(List.of(FlowNode.of("start", NodeKind.START), say, again),
                List.of(new FlowEdge("start", "next", "say"), new FlowEdge("say", "next", "again"),
                        new FlowEdge("again", "x", "say"), new FlowEdge("again", "default", "say")));
        List<FlowProblem> problems = validator.validate(spin);
        assertEquals(1, problems.stream().filter(p -> p.code().equals("loopWithoutInput")).count(), problems.toString());

        FlowGraph menuLoop = sound();
        List<FlowEdge> edges = new ArrayList<>(menuLoop.edges());
        edges.remove(new FlowEdge("vip", "default", "bye"));
        edges.add(new FlowEdge("vip", "default", "menu")); // back to the menu, which waits
        assertEquals(List.of(), validator.validate(new FlowGraph(menuLoop.nodes(), edges)));
    }

    @Test
    void startsIdsAndExitsAreChecked() {
        FlowGraph none = new FlowGraph(List.of(node("end", NodeKind.END, null, n -> n)), List.of());
        assertHas(validator.validate(none), "noStart", null);
        FlowGraph twice = new FlowGraph(List.of(FlowNode.of("s1", NodeKind.START), FlowNode.of("s2", NodeKind.START),
                FlowNode.of("end", NodeKind.END), FlowNode.of("end", NodeKind.END), FlowNode.of("bad id!", NodeKind.END)),
                List.of(new FlowEdge("s1", "next", "end"), new FlowEdge("s1", "next", "end"),
                        new FlowEdge("s2", "nope", "end"), new FlowEdge("s2", "next", "s1")));
        List<FlowProblem> problems = validator.validate(twice);
        assertHas(problems, "manyStarts", "s2");
        assertHas(problems, "duplicateNode", "end");
        assertHas(problems, "badNodeId", null);
        assertHas(problems, "duplicateExit", "s1");
        assertHas(problems, "unknownPort", "s2");
        assertHas(problems, "edgeToStart", "s2");
    }

    @Test
    void collectedInputIsCheckedByKind() {
        assertEquals("+8613812345678", InputKind.PHONE.accept(" +86 138-1234-5678 ", null));
        assertNull(InputKind.PHONE.accept("call me", null));
        assertEquals("a.b@example.cn", InputKind.EMAIL.accept("a.b@example.cn", null));
        assertNull(InputKind.EMAIL.accept("a.b@", null));
        assertEquals("0042", InputKind.DIGITS.accept("0042", null));
        assertNull(InputKind.DIGITS.accept("42a", null));
        assertEquals("AB-12", InputKind.PATTERN.accept("AB-12", Pattern.compile("[A-Z]{2}-[0-9]{2}")));
        Pattern evil = Pattern.compile("(a+)+$");
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> InputKind.PATTERN.accept("a".repeat(40) + "!", evil)), "a runaway pattern is cut off");
    }

    @Test
    void aBadPatternAndABadJsonPathAreNamed() {
        FlowNode collect = new FlowNode("c", NodeKind.COLLECT, null, null, null, "订单号？", null, null, null, null, null,
                null, "order", InputKind.PATTERN, "([A-Z", null, null, null, null, null, null, null, null);
        FlowNode api = new FlowNode("api", NodeKind.HTTP, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, "https://crm.example.com/x", null,
                List.of(new ApiOutput("level", "data.level", null)), null, null, null, null);
        FlowGraph g = new FlowGraph(List.of(FlowNode.of("start", NodeKind.START), collect, api, FlowNode.of("end", NodeKind.END)),
                List.of(new FlowEdge("start", "next", "c"), new FlowEdge("c", "next", "api"), new FlowEdge("api", "next", "end")));
        List<FlowProblem> problems = validator.validate(g);
        assertHas(problems, "badPattern", "c");
        assertHas(problems, "badPath", "api");
    }

    private static void assertHas(List<FlowProblem> problems, String code, String nodeId) {
        assertTrue(problems.stream().anyMatch(p -> p.code().equals(code) && java.util.Objects.equals(p.nodeId(), nodeId)),
                code + " at " + nodeId + " in " + problems);
    }
}
