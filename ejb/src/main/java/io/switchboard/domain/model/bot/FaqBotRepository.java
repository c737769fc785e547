package io.switchboard.domain.model.bot;

import java.util.List;
import java.util.Optional;

/** The tenant's FAQ bots, their rules and their misses. */
public interface FaqBotRepository {

    void add(FaqBot bot);

    Optional<FaqBot> find(long id);

    /** The bot's row locked for a change of its rules. */
    Optional<FaqBot> lock(long id);

    Optional<FaqBot> findByName(String name);

    List<FaqBot> all();

    void remove(FaqBot bot);

    void addRule(KnowledgeRule rule);

    Optional<KnowledgeRule> rule(long botId, long ruleId);

    /** Rules whose question, variants or answer contain the query (all when blank), by id. */
    List<KnowledgeRule> rules(long botId, String query, int offset, int limit);

    long countRules(long botId, String query);

    /** Every rule of the bot, by id, at most {@code limit} (one read: building its matcher, the export). */
    List<KnowledgeRule> allRules(long botId, int limit);

    /** The bot's hot questions (热门问题), by id, at most {@code limit}. */
    List<KnowledgeRule> hotRules(long botId, int limit);

    void removeRule(KnowledgeRule rule);

    void addMiss(FaqMiss miss);

    /** The latest misses of the bot, newest first. */
    List<FaqMiss> misses(long botId, int offset, int limit);

    /** The bot's misses asked at or after {@code since}, newest first, at most {@code limit}. */
    List<FaqMiss> missesSince(long botId, java.time.Instant since, int limit);

    /** Forgets the bot's misses with these exact questions; how many were removed. */
    int removeMisses(long botId, java.util.Collection<String> questions);

    void addPick(AssistPick pick);

    /** The tenant's latest assist choices, newest first. */
    List<AssistPick> picks(int limit);
}
