package io.switchboard.domain.model.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MissGroupsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    /** Words split at spaces, standing in for the matcher's segmentation. */
    private static Set<String> words(String q) {
        return new LinkedHashSet<>(Arrays.asList(q.strip().split("\\s+")));
    }

    private static FaqMiss miss(String question, int minute) {
        return new FaqMiss(1, question, null, T0.plusSeconds(60L * minute));
    }

    @Test
    void similarQuestionsFormOneGroupCountedTogether() {
        List<FaqMiss> misses = List.of(
                miss("积分 怎么 兑换", 1), miss("积分 兑换 礼品", 2), miss("积分 怎么 兑换", 3),
                miss("会员 等级 规则", 4), miss("积分 兑换 在哪里", 5));
        List<MissGroups.Group> groups = MissGroups.of(misses, MissGroupsTest::words);

        assertEquals(2, groups.size());
        MissGroups.Group points = groups.get(0);
        assertEquals("积分 怎么 兑换", points.question(), "the most asked question names the group");
        assertEquals(4, points.count());
        assertEquals(T0.plusSeconds(300), points.lastSeen());
        assertEquals(List.of("积分 怎么 兑换", "积分 兑换 在哪里", "积分 兑换 礼品"),
                points.questions().stream().map(MissGroups.Asked::question).toList());
        assertEquals(2, points.questions().get(0).count());
        assertEquals(new MissGroups.Group("会员 等级 规则", 1, T0.plusSeconds(240),
                List.of(new MissGroups.Asked("会员 等级 规则", 1, T0.plusSeconds(240)))), groups.get(1));
    }

    @Test
    void aQuestionJoinsTheGroupItSharesTheMostWith() {
        List<FaqMiss> misses = List.of(
                miss("快递 几天 到", 1), miss("快递 几天 到", 2), miss("发票 怎么 开", 3), miss("发票 怎么 开", 4),
                miss("发票 怎么 开 几天 到", 5));
        List<MissGroups.Group> groups = MissGroups.of(misses, MissGroupsTest::words);

        // the last question shares 0.5 with 快递 几天 到 but 0.75 with 发票 怎么 开
        assertEquals(2, groups.size());
        assertEquals("发票 怎么 开", groups.get(0).question());
        assertEquals(3, groups.get(0).count());
        assertEquals("快递 几天 到", groups.get(1).question());
        assertEquals(2, groups.get(1).count());
    }

    @Test
    void unrelatedQuestionsStayApartAndTheMostAskedComeFirst() {
        List<FaqMiss> misses = new ArrayList<>();
        misses.add(miss("天气 怎么样", 10));
        for (int i = 0; i < 3; i++) {
            misses.add(miss("营业 时间", i));
        }
        misses.add(miss("能 开 发票 吗", 11));
        List<MissGroups.Group> groups = MissGroups.of(misses, MissGroupsTest::words);

        assertEquals(List.of("营业 时间", "能 开 发票 吗", "天气 怎么样"),
                groups.stream().map(MissGroups.Group::question).toList(), "count first, then the latest asked");
        assertEquals(List.of(), MissGroups.of(List.of(), MissGroupsTest::words));
    }

    @Test
    void aGroupListsAtMostTenQuestionsButCountsThemAll() {
        List<FaqMiss> misses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            misses.add(miss("退款 进度 查询 " + i, i));
        }
        List<MissGroups.Group> groups = MissGroups.of(misses, MissGroupsTest::words);
        assertEquals(1, groups.size());
        assertEquals(15, groups.get(0).count());
        assertEquals(MissGroups.SHOWN, groups.get(0).questions().size());
    }
}
