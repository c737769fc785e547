package io.switchboard.application.internal;

import io.switchboard.domain.model.bot.FaqAnswer;
import io.switchboard.domain.model.bot.FaqBot;
import io.switchboard.domain.model.bot.FaqBotRepository;
import io.switchboard.domain.model.bot.FaqMiss;
import io.switchboard.domain.model.bot.FaqRule;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.domain.model.conversation.MessageButton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A FAQ bot's turn in a conversation's flow (FL-2): its welcome (with its hot questions as buttons) when the flow
 * reaches it, then for each line of the
 * visitor an answer, a choice of the likely questions ("您是不是想问…", each a button), or its default reply with the
 * question kept as a miss; a 转人工-style keyword hands the visitor back to the flow at once.
 */
@ApplicationScoped
class BotReplies {

    /** How the bot's turn went, for the flow. */
    enum Turn { WELCOMED, ANSWERED, SUGGESTED, MISSED, HAND_BACK }

    @Inject
    RoutingDesk desk;
    @Inject
    FaqBotRepository bots;
    @Inject
    FaqMatchers matchers;

    /** The bot, if it still exists; a flow whose bot was deleted hands the visitor on. */
    Optional<FaqBot> bot(long botId) {
        return bots.find(botId);
    }

    /** The welcome, with the hot questions as buttons (a click sends the question, which the bot then answers). */
    Turn welcome(Conversation c, FaqBot bot) {
        List<MessageButton> hot = bots.hotRules(bot.getId(), io.switchboard.application.FaqBotService.HOT_SHOWN).stream()
                .map(r -> new MessageButton("q" + r.getId(), label(r.toRule()))).toList();
        boolean english = c.language() == io.switchboard.domain.model.message.Language.EN;
        if (bot.getWelcome() != null) {
            say(c, bot.getWelcome(), hot);
        } else if (!hot.isEmpty()) {
            say(c, english ? "Popular questions:" : "热门问题：", hot);
        }
        return Turn.WELCOMED;
    }

    Turn reply(Conversation c, FaqBot bot, String line) {
        String question = line == null ? "" : line.strip();
        String lower = question.toLowerCase(Locale.ROOT);
        if (bot.handoffWords().stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)))) {
            return Turn.HAND_BACK;
        }
        FaqAnswer answer = matchers.of(bot).match(question);
        if (answer instanceof FaqAnswer.Answered a) {
            say(c, a.rule().answer(), List.of());
            return Turn.ANSWERED;
        }
        if (answer instanceof FaqAnswer.Suggested s) {
            say(c, c.language() == io.switchboard.domain.model.message.Language.EN ? "Did you mean:" : "您是不是想问：",
                    s.rules().stream().map(r -> new MessageButton("q" + r.id(), label(r))).toList());
            return Turn.SUGGESTED;
        }
        bots.addMiss(new FaqMiss(bot.getId(), question.isEmpty() ? "-" : question, c.getId(), desk.now()));
        say(c, bot.getDefaultReply(), List.of());
        return Turn.MISSED;
    }

    private static String label(FaqRule r) {
        return r.question().length() > 50 ? r.question().substring(0, 50) : r.question();
    }

    private void say(Conversation c, String text, List<MessageButton> buttons) {
        Instant now = desk.now();
        desk.post(c, ConversationMessage.fromBot(c, text.length() > 4000 ? text.substring(0, 4000) : text, buttons, now));
    }
}
