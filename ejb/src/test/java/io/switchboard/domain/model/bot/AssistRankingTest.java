package io.switchboard.domain.model.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssistRankingTest {

    private static final FaqRule SLOW = new FaqRule(1, "退款多久到账", List.of(), "1–3 个工作日。");
    private static final FaqRule PROGRESS = new FaqRule(2, "退款进度在哪看", List.of(), "在“我的-退款”里看。");
    private static final FaqRule APPLY = new FaqRule(3, "怎么申请退款", List.of(), "在订单页申请。");
    private static final FaqRule INVOICE = new FaqRule(4, "发票怎么开", List.of(), "在订单详情页。");
    private static final Set<String> ASKED = Set.of("退款", "多久", "到账");

    private static List<AssistRanking.Candidate> candidates() {
        return List.of(new AssistRanking.Candidate(7, SLOW, 1.0), new AssistRanking.Candidate(7, PROGRESS, 0.12),
                new AssistRanking.Candidate(7, APPLY, 0.2), new AssistRanking.Candidate(7, INVOICE, 0.05));
    }

    private static List<Long> order(List<AssistRanking.Choice> choices) {
        return AssistRanking.rank(candidates(), Map.of(7L, ASKED), choices, 3).stream().map(r -> r.rule().id()).toList();
    }

    @Test
    void withoutChoicesTheBestMatchesComeFirstAndWeakOnesAreLeftOut() {
        assertEquals(List.of(1L, 3L), order(List.of()));
    }

    @Test
    void choicesForSimilarQuestionsRaiseARuleAndFiveOutweighAnyWording() {
        AssistRanking.Choice similar = new AssistRanking.Choice(7, 2, Set.of("退款", "到账", "多久", "我"));
        assertEquals(List.of(1L, 2L, 3L), order(List.of(similar)), "one choice: ahead of the other refund rule");
        List<AssistRanking.Choice> five = List.of(similar, similar, similar, similar, similar);
        assertEquals(List.of(2L, 1L, 3L), order(five));
        List<AssistRanking.Ranked> ranked = AssistRanking.rank(candidates(), Map.of(7L, ASKED),
                List.of(similar, similar, similar, similar, similar, similar, similar), 1);
        assertEquals(AssistRanking.MAX_PICKS, ranked.get(0).picks(), "at most five count");
        assertEquals(0.12 + 1.0, ranked.get(0).score(), 1e-9);
    }

    @Test
    void choicesForOtherQuestionsOtherRulesOrOtherBotsDoNotCount() {
        AssistRanking.Choice otherQuestion = new AssistRanking.Choice(7, 2, Set.of("发票", "专票"));
        AssistRanking.Choice otherBot = new AssistRanking.Choice(8, 2, ASKED);
        AssistRanking.Choice otherRule = new AssistRanking.Choice(7, 9, ASKED);
        assertEquals(List.of(1L, 3L), order(List.of(otherQuestion, otherBot, otherRule, otherQuestion)));
    }
}
