package io.switchboard.infrastructure.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.bot.FaqAnswer;
import io.switchboard.domain.model.bot.FaqMatcher;
import io.switchboard.domain.model.bot.FaqMiss;
import io.switchboard.domain.model.bot.MissGroups;
import io.switchboard.domain.model.bot.FaqRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuceneFaqMatcherTest {

    private static final List<FaqRule> RULES = List.of(
            new FaqRule(1, "怎么申请退款", List.of("退款流程是什么", "如何退款"), "在订单页点“申请退款”。"),
            new FaqRule(2, "退款多久到账", List.of("退款什么时候到账", "钱多久能退回来"), "原路退回，1–3 个工作日到账。"),
            new FaqRule(3, "怎么修改收货地址", List.of("地址填错了怎么改", "更改收货地址"), "发货前可在订单页修改地址。"),
            new FaqRule(4, "发票怎么开", List.of("如何开具发票", "能开增值税发票吗"), "在订单详情页申请电子发票。"),
            new FaqRule(5, "How do I reset my password", List.of("forgot password"), "Use “Forgot password” on the login page."));

    private final LuceneFaqMatcher matcher = new LuceneFaqMatcher(RULES, List.of(List.of("退款", "退钱", "退费")),
            FaqMatcher.Thresholds.DEFAULT);

    @Test
    void theSameQuestionAnswersWithFullConfidence() {
        FaqAnswer.Answered a = assertInstanceOf(FaqAnswer.Answered.class, matcher.match("怎么修改收货地址"));
        assertEquals(3, a.rule().id());
        assertEquals(1.0, a.confidence(), 1e-9);
    }

    @Test
    void aParaphraseWithFillerWordsStillAnswers() {
        FaqAnswer.Answered a = assertInstanceOf(FaqAnswer.Answered.class, matcher.match("你好，请问发票怎么开呢？"));
        assertEquals(4, a.rule().id());
    }

    @Test
    void aSynonymCountsAsTheWordItStandsFor() {
        List<FaqMatcher.Scored> best = matcher.ranked("退钱多久到账", 3);
        assertEquals(2, best.get(0).rule().id(), best.toString());
        assertTrue(best.get(0).confidence() >= FaqMatcher.Thresholds.DEFAULT.answer(), best.toString());
    }

    @Test
    void englishWordsAreStemmedAndCaseFree() {
        assertEquals(5, assertInstanceOf(FaqAnswer.Answered.class, matcher.match("Forgot my PASSWORDS")).rule().id());
    }

    @Test
    void aQuestionBelowTheAnswerThresholdIsOfferedTheLikelyRulesBestFirst() {
        LuceneFaqMatcher cautious = new LuceneFaqMatcher(RULES, List.of(), new FaqMatcher.Thresholds(0.9, 0.2));
        FaqAnswer answer = cautious.match("退款");
        FaqAnswer.Suggested s = assertInstanceOf(FaqAnswer.Suggested.class, answer, answer.toString());
        assertEquals(List.of(1L, 2L), s.rules().stream().map(FaqRule::id).sorted().toList());
        assertTrue(s.confidence() < 0.9 && s.confidence() >= 0.2, answer.toString());
    }

    @Test
    void anUnrelatedQuestionIsAMiss() {
        assertInstanceOf(FaqAnswer.Missed.class, matcher.match("今天天气怎么样"));
        assertInstanceOf(FaqAnswer.Missed.class, matcher.match("？？？"));
        assertInstanceOf(FaqAnswer.Missed.class, matcher.match(""));
        assertInstanceOf(FaqAnswer.Missed.class, new LuceneFaqMatcher(List.of(), List.of(), FaqMatcher.Thresholds.DEFAULT)
                .match("怎么退款"));
    }

    @Test
    void missesAskingTheSameThingGroupByTheMatchersWords() {
        java.time.Instant at = java.time.Instant.parse("2026-12-01T08:00:00Z");
        List<MissGroups.Group> groups = MissGroups.of(List.of(new FaqMiss(1, "积分怎么兑换", null, at),
                new FaqMiss(1, "请问积分怎么兑换礼品？", null, at), new FaqMiss(1, "会员等级有什么用", null, at),
                new FaqMiss(1, "退钱进度怎么查", null, at), new FaqMiss(1, "退款进度怎么查", null, at)), matcher::words);
        assertEquals(List.of(2, 2, 1), groups.stream().map(MissGroups.Group::count).toList(), groups.toString());
        assertTrue(matcher.words("退钱进度").contains("退款"), "synonyms are replaced as in matching");
    }
}
