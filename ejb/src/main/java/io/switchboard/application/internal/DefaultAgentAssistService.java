package io.switchboard.application.internal;

import io.switchboard.application.AgentAssistService;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.bot.AssistPick;
import io.switchboard.domain.model.bot.AssistRanking;
import io.switchboard.domain.model.bot.FaqBot;
import io.switchboard.domain.model.bot.FaqBotRepository;
import io.switchboard.domain.model.bot.FaqMatcher;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.Sender;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Stateless
public class DefaultAgentAssistService implements AgentAssistService {

    /** Rules each bot offers before the order is decided. */
    private static final int CANDIDATES = 10;
    /** The bots asked (a tenant's first by name). */
    private static final int MAX_BOTS = 20;
    /** The latest choices that count. */
    private static final int CHOICES = 2_000;

    @Inject
    FaqBotRepository bots;
    @Inject
    FaqMatchers matchers;
    @Inject
    ConversationRepository conversations;
    @Inject
    RoutingDesk desk;
    @Inject
    Clock clock;

    @Override
    public Suggestions suggest(long conversationId, Long seq) {
        Optional<ConversationMessage> line = line(conversationId, seq);
        if (line.isEmpty() || line.get().getBody() == null || line.get().getBody().isBlank()) {
            return new Suggestions(line.map(ConversationMessage::getSeq).orElse(null), null, List.of());
        }
        String text = line.get().getBody();
        List<AssistRanking.Candidate> candidates = new ArrayList<>();
        Map<Long, Set<String>> words = new HashMap<>();
        for (FaqBot bot : bots.all().stream().limit(MAX_BOTS).toList()) {
            FaqMatcher matcher = matchers.of(bot);
            words.put(bot.getId(), matcher.words(text));
            matcher.ranked(text, CANDIDATES).forEach(s -> candidates.add(
                    new AssistRanking.Candidate(bot.getId(), s.rule(), s.confidence())));
        }
        List<AssistRanking.Choice> choices = candidates.isEmpty() ? List.of() : bots.picks(CHOICES).stream()
                .map(p -> new AssistRanking.Choice(p.getBotId(), p.getRuleId(), p.wordSet())).toList();
        List<Suggestion> items = AssistRanking.rank(candidates, words, choices, SUGGESTIONS).stream()
                .map(r -> new Suggestion(r.botId(), r.rule().id(), r.rule().question(), r.rule().answer(),
                        r.confidence(), r.picks())).toList();
        return new Suggestions(line.get().getSeq(), text, items);
    }

    @Override
    public void pick(long conversationId, Long seq, long botId, long ruleId) {
        ConversationMessage line = line(conversationId, seq).filter(m -> m.getBody() != null)
                .orElseThrow(() -> new NotFoundException("conversation " + conversationId + " has no visitor line "
                        + (seq == null ? "" : seq)).coded("assist.noLine", conversationId));
        FaqBot bot = bots.find(botId).orElseThrow(() -> new NotFoundException("bot " + botId + " not found")
                .coded("bot.notFound", botId));
        bots.rule(botId, ruleId).orElseThrow(() -> new NotFoundException("rule " + ruleId + " of bot " + botId
                + " not found").coded("bot.ruleNotFound", ruleId, botId));
        bots.addPick(new AssistPick(botId, ruleId, matchers.of(bot).words(line.getBody()), clock.instant()));
    }

    /** The visitor's line {@code seq}, or the latest; the conversation must be the tenant's. */
    private Optional<ConversationMessage> line(long conversationId, Long seq) {
        desk.existing(conversationId);
        Optional<ConversationMessage> line = seq == null ? conversations.latestFrom(conversationId, Sender.VISITOR)
                : conversations.message(conversationId, seq);
        return line.filter(m -> m.getSender() == Sender.VISITOR && m.getRecalledAt() == null);
    }
}
