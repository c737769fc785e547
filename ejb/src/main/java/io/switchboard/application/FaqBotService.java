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

    /** The hot questions a welcome offers. */
    int HOT_SHOWN = 10;

    record BotView(long id, String name, String welcome, String defaultReply, String handoffKeywords, int missLimit,
                   String synonyms, long rules, String repeatReply, String timeoutReply)
            implements java.io.Serializable {
    }

    /**
     * A bot's settings; blank fields keep the defaults (default reply, 转人工 keywords, 3 misses); a null field of an
     * update keeps the bot's value. {@code repeatReply}: said before the answer when the visitor asks again what the
     * bot just answered; {@code timeoutReply}: said when the visitor stays silent at the bot until its wait ends
     * (both: "" for none).
     */
    record BotRequest(String name, String welcome, String defaultReply, String handoffKeywords, Integer missLimit,
                      String synonyms, String repeatReply, String timeoutReply) {
    }

    /**
     * A rule; {@code hot}: offered as a button with the bot's welcome (热门问题, the first {@link #HOT_SHOWN}); null
     * (left out) in what a question matched.
     */
    record RuleView(long id, String question, List<String> variants, String answer, Boolean hot,
                    List<String> followUps, String imageUrl) implements java.io.Serializable {
    }

    /**
     * A rule to add or change; {@code hot} null keeps it as it is (not hot for a new rule); {@code followUps}: questions
     * offered as buttons under the answer (a menu for answers that take more than one turn; null: none for a new
     * rule, unchanged otherwise); {@code imageUrl}: an image sent with the answer (null likewise, "" for none).
     */
    record RuleRequest(String question, List<String> variants, String answer, Boolean hot, List<String> followUps,
                       String imageUrl) {
    }

    record RulePage(List<RuleView> items, long total) implements java.io.Serializable {
    }

    /** What the bot makes of a question: ANSWERED (one rule), SUGGESTED (up to three), MISSED (none). */
    record MatchView(String outcome, double confidence, List<RuleView> rules) implements java.io.Serializable {
    }

    /** A question no rule matched. */
    record MissView(String question, Long conversationId, java.time.Instant askedAt) {
    }

    /** A question of a miss group: asked {@code count} times, last at {@code lastSeen}. */
    record AskedView(String question, int count, java.time.Instant lastSeen) implements java.io.Serializable {
    }

    /**
     * Misses that ask the same thing (FL-3): the most asked question first, every miss counted, and the rule the bot
     * found closest to it (null when none) with how close it is.
     */
    record MissGroupView(String question, int count, java.time.Instant lastSeen, List<AskedView> questions,
                         RuleView closestRule, double confidence) implements java.io.Serializable {
    }

    /** A page of groups; {@code misses} is how many misses were grouped (at most {@link #MINED_MISSES}). */
    record MissGroupPage(List<MissGroupView> items, long total, int misses) implements java.io.Serializable {
    }

    /** Questions to teach the bot: into the rule {@code ruleId}, or as a new rule with {@code answer} (first = question). */
    record LearnRequest(List<String> questions, Long ruleId, String answer) {
    }

    /** The newest misses question mining reads. */
    int MINED_MISSES = 5_000;

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

    /**
     * What the bot makes of a question. {@code recordMiss}: a partner asking on a visitor's behalf keeps an unmatched
     * question for mining (FL-3); a "try it" question does not.
     */
    MatchView ask(long botId, @NotBlank String question, boolean recordMiss);

    List<MissView> misses(long botId, int offset, int limit);

    /** The misses of the last {@code days} days (1 to 90) grouped by what they ask, most asked first. */
    MissGroupPage missGroups(long botId, int days, int offset, int limit);

    /** Adds the questions to a rule or makes them a new rule, and forgets their misses. */
    RuleView learn(long botId, @NotNull LearnRequest request);

    /** Forgets the misses with these questions (not worth a rule); how many went. */
    int dismiss(long botId, @NotNull List<String> questions);
}
