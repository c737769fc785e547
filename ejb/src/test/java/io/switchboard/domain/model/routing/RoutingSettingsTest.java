package io.switchboard.domain.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's defaults (002 §2.2 对话设置), one by one, and the RT-11 placeholders. */
class RoutingSettingsTest {

    private final RoutingSettings d = RoutingSettings.defaults();

    @Test
    void dialogMessagesAreTheSeedDefaults() {
        assertEquals("欢迎您来咨询，请问有什么可以帮助您的呢？", d.messages().welcome());
        assertEquals("您好，当前无人工坐席在线", d.messages().nobodyOnline());
        assertEquals("坐席全忙，已进入等待队列，在您之前，还有 {num} 位等待用户。", d.messages().allBusy());
        assertEquals("坐席分配成功，{agent}为您服务。", d.messages().assigned());
        assertEquals("坐席已断开和您的对话", d.messages().serviceEnded());
    }

    @Test
    void routingDefaults() {
        assertEquals(RoutingStrategy.LEAST_BUSY, d.defaultStrategy());
        assertEquals(10, d.maxConcurrentPerAgent());
        assertEquals(10, d.readyBurst());
        assertTrue(d.previousAgentFirst());
    }

    @Test
    void timerDefaults() {
        assertEquals(new RoutingSettings.TimedMessage(true, 180, "您还在吗？"), d.customerIdleWarning());
        assertEquals(new RoutingSettings.TimedMessage(true, 120, "对不起，再见！"), d.customerIdleClose());
        assertEquals(new RoutingSettings.TimedMessage(true, 120, "请稍等，正在为您查询资料"), d.agentReplyTimeout());
        assertEquals(new RoutingSettings.TimedMessage(true, 180, "对不起。排队超时"), d.queueTimeout());
        assertEquals(new RoutingSettings.Timer(true, 180), d.invalidSessionCleanup());
        assertEquals(new RoutingSettings.Timer(true, 60), d.agentOfflineAfterDisconnect());
        assertEquals(new RoutingSettings.Timer(true, 30), d.visitorOfflineAfterDisconnect());
        assertFalse(d.rerouteUnanswered().enabled());
        assertFalse(d.workHours().enabled());
    }

    @Test
    void transferDefaults() {
        assertEquals("已为您转接坐席{agent}", d.transfer().successNotice());
        assertEquals("来自坐席{agent}的转接", d.transfer().promptTitle());
        assertEquals("坐席{agent}请求将访客{user}转接", d.transfer().promptBody());
        assertEquals(60, d.transfer().confirmSeconds());
        assertEquals("请对我们的服务做出评价", d.satisfactionInvite().message());
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesKept() {
        assertEquals("坐席全忙，已进入等待队列，在您之前，还有 3 位等待用户。",
                MessageTemplate.render(d.messages().allBusy(), Map.of("num", 3, "index", 4)));
        assertEquals("您排在第4位", MessageTemplate.render("您排在第{index}位", Map.of("num", 3, "index", 4)));
        assertEquals("坐席张三请求将访客李四转接 {nope} {",
                MessageTemplate.render(d.transfer().promptBody() + " {nope} {", Map.of("agent", "张三", "user", "李四")));
        assertEquals("10:30 小王", MessageTemplate.render("{time} {agent}", Map.of("time", "10:30", "agent", "小王")));
    }
}
