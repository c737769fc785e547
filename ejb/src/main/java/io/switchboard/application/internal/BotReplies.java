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

    /**
     * What the bot says, with its buttons; {@code text} is null when it says nothing (a hand-back); {@code ruleId}: the
     * rule it answered with.
     */
    record Reply(Turn turn, String text, List<MessageButton> buttons, Long ruleId) {
        Reply(Turn turn, String text, List<MessageButton> buttons) {
            this(turn, text, buttons, null);
        }
    }

    /** The welcome, with the hot questions as buttons (a click sends the question, which the bot then answers). */
    Reply welcomeOf(FaqBot bot, boolean english) {
        List<MessageButton> hot = bots.hotRules(bot.getId(), io.switchboard.application.FaqBotService.HOT_SHOWN).stream()
                .map(r -> new MessageButton("q" + r.getId(), label(r.toRule()))).toList();
        if (bot.getWelcome() != null) {
            return new Reply(Turn.WELCOMED, bot.getWelcome(), hot);
        }
        return new Reply(Turn.WELCOMED, hot.isEmpty() ? null : english ? "Popular questions:" : "热门问题：", hot);
    }

    /**
     * The bot's answer to a line: an answer (after the repeated-question reply when it answered the same rule last,
     * {@code lastRule}), the likely questions, its default reply (a miss), or a hand-back.
     */
    Reply replyOf(FaqBot bot, String line, String lastRule, boolean english) {
        String question = line == null ? "" : line.strip();
        String lower = question.toLowerCase(Locale.ROOT);
        if (bot.handoffWords().stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)))) {
            return new Reply(Turn.HAND_BACK, null, List.of());
        }
        FaqAnswer answer = matchers.of(bot).match(question);
        if (answer instanceof FaqAnswer.Answered a) {
            boolean again = bot.getRepeatReply() != null && String.valueOf(a.rule().id()).equals(lastRule);
            String text = again ? bot.getRepeatReply() + "\n" + a.rule().answer() : a.rule().answer();
            if (a.rule().imageUrl() != null) {
                text = text + "\n" + a.rule().imageUrl();
            }
            List<MessageButton> followUps = new java.util.ArrayList<>();
            for (int i = 0; i < a.rule().followUps().size(); i++) {
                followUps.add(new MessageButton("f" + (i + 1), a.rule().followUps().get(i)));
            }
            return new Reply(Turn.ANSWERED, text, followUps, a.rule().id());
        }
        if (answer instanceof FaqAnswer.Suggested s) {
            return new Reply(Turn.SUGGESTED, english ? "Did you mean:" : "您是不是想问：",
                    s.rules().stream().map(r -> new MessageButton("q" + r.id(), label(r))).toList());
        }
        return new Reply(Turn.MISSED, bot.getDefaultReply(), List.of());
    }

    /** The bot greets the visitor of a conversation. */
    Turn welcome(Conversation c, FaqBot bot) {
        Reply r = welcomeOf(bot, english(c));
        if (r.text() != null) {
            say(c, r.text(), r.buttons());
        }
        return r.turn();
    }

    /** The bot answers a visitor's line; a miss is kept for question mining (FL-3). */
    Reply reply(Conversation c, FaqBot bot, String line, String lastRule) {
        Reply r = replyOf(bot, line, lastRule, english(c));
        if (r.turn() == Turn.MISSED) {
            String question = line == null ? "" : line.strip();
            bots.addMiss(new FaqMiss(bot.getId(), question.isEmpty() ? "-" : question, c.getId(), desk.now()));
        }
        if (r.text() != null) {
            say(c, r.text(), r.buttons());
        }
        return r;
    }

    /** The bot's timeout reply, when it has one, as the visitor stayed silent until the bot's wait ended. */
    void timedOut(Conversation c, FaqBot bot) {
        if (bot.getTimeoutReply() != null) {
            say(c, bot.getTimeoutReply(), List.of());
        }
    }

    private static boolean english(Conversation c) {
        return c.language() == io.switchboard.domain.model.message.Language.EN;
    }

    private static String label(FaqRule r) {
        return r.question().length() > 50 ? r.question().substring(0, 50) : r.question();
    }

    private void say(Conversation c, String text, List<MessageButton> buttons) {
        Instant now = desk.now();
        desk.post(c, ConversationMessage.fromBot(c, text.length() > 4000 ? text.substring(0, 4000) : text, buttons, now));
    }
}
