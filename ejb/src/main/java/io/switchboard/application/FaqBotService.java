package io.switchboard.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * FAQ bots (FL-2, S3 §8): a tenant's bots, their knowledge rules (a question, its variants, the answer), rules in and
 * out as CSV or XLSX, and asking a bot a question as a visitor would ("try it").
 */
public interface FaqBotService {

    /** The most rules a bot keeps. */
    int MAX_RULES = 20_000;

    record BotView(long id, String name, String welcome, String defaultReply, String handoffKeywords, int missLimit,
                   String synonyms, long rules) {
    }

    /** A bot's settings; blank fields keep the defaults (default reply, 转人工 keywords, 3 misses). */
    record BotRequest(String name, String welcome, String defaultReply, String handoffKeywords, Integer missLimit,
                      String synonyms) {
    }

    record RuleView(long id, String question, List<String> variants, String answer) {
    }

    record RuleRequest(String question, List<String> variants, String answer) {
    }

    record RulePage(List<RuleView> items, long total) {
    }

    /** What the bot makes of a question: ANSWERED (one rule), SUGGESTED (up to three), MISSED (none). */
    record MatchView(String outcome, double confidence, List<RuleView> rules) {
    }

    /** A question no rule matched. */
    record MissView(String question, Long conversationId, java.time.Instant askedAt) {
    }

    List<BotView> bots();

    BotView get(long id);

    BotView create(@NotNull BotRequest request);

    BotView update(long id, @NotNull BotRequest request);

    void delete(long id);

    RulePage rules(long botId, String query, int offset, int limit);

    RuleView addRule(long botId, @NotNull RuleRequest request);

    RuleView updateRule(long botId, long ruleId, @NotNull RuleRequest request);

    void deleteRule(long botId, long ruleId);

    /** Adds the rules of a CSV or XLSX file (问题/question, 相似问法/variants separated by |, 答案/answer); all or none. */
    ImportReport importRules(long botId, @NotNull byte[] content);

    byte[] exportRules(long botId, boolean xlsx);

    MatchView ask(long botId, @NotBlank String question);

    List<MissView> misses(long botId, int offset, int limit);
}
