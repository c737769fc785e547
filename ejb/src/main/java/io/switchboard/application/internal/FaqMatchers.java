package io.switchboard.application.internal;

import io.switchboard.application.FaqBotService;
import io.switchboard.domain.model.bot.FaqBot;
import io.switchboard.domain.model.bot.FaqBotRepository;
import io.switchboard.domain.model.bot.FaqMatcher;
import io.switchboard.domain.model.bot.FaqRule;
import io.switchboard.domain.model.bot.KnowledgeRule;
import io.switchboard.infrastructure.bot.LuceneFaqMatcher;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each FAQ bot's matcher, built on first use and kept until the bot's rules version moves (every node sees the
 * version in the bot's row, so a change made on one node is used everywhere from the next question). Built outside
 * any lock: two threads may both build a new version once, and the later one is kept.
 */
@ApplicationScoped
class FaqMatchers {

    /** The most bots kept; past it the cache starts over. */
    private static final int MAX_CACHED = 1_000;

    private record Built(long version, FaqMatcher matcher) {
    }

    private final Map<String, Built> built = new ConcurrentHashMap<>();

    @Inject
    FaqBotRepository bots;
    @Inject
    TenantContext tenant;

    FaqMatcher of(FaqBot bot) {
        String key = tenant.requireTenant() + "/" + bot.getId();
        Built b = built.get(key);
        if (b != null && b.version() == bot.getRulesVersion()) {
            return b.matcher();
        }
        List<FaqRule> rules = bots.allRules(bot.getId(), FaqBotService.MAX_RULES).stream().map(KnowledgeRule::toRule)
                .toList();
        FaqMatcher matcher = new LuceneFaqMatcher(rules, bot.synonymGroups(), FaqMatcher.Thresholds.DEFAULT);
        if (built.size() >= MAX_CACHED) {
            built.clear();
        }
        built.put(key, new Built(bot.getRulesVersion(), matcher));
        return matcher;
    }
}
