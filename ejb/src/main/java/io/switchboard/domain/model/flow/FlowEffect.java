package io.switchboard.domain.model.flow;

import java.util.List;
import java.util.Map;

/** What a flow step asks its adapter to do, in order: say something, call an address, hand over, end. */
public sealed interface FlowEffect {

    /** A line to the visitor: text (placeholders filled in), an image, and the buttons of a menu. */
    record Say(String text, String imageUrl, List<FlowNode.MenuOption> buttons) implements FlowEffect {
        public Say {
            buttons = buttons == null ? List.of() : List.copyOf(buttons);
        }
    }

    /**
     * POST this JSON body (fields filled in) after the step's transaction, each attempt limited to
     * {@code timeoutSeconds}, {@code 1 + retries} attempts; then report the answer with
     * {@link FlowEngine#callAnswered} or the failure with {@link FlowEngine#callFailed}.
     */
    record Call(String url, Map<String, String> body, int timeoutSeconds, int retries) implements FlowEffect {
    }

    /** Queue the conversation for this skill group; if nobody of it is signed in, report {@link FlowEngine#transferFailed}. */
    record Transfer(long skillGroupId) implements FlowEffect {
    }

    /**
     * Let this FAQ bot answer the visitor's lines until it hands back: {@code asked} when the visitor's line (the
     * variable {@code last.input}) is for the bot to answer, false when the flow just reached the bot (its welcome);
     * report the bot's reply with {@link FlowEngine#botAnswered} or the hand-back with {@link FlowEngine#botHandedBack}.
     */
    record Bot(long botId, boolean asked) implements FlowEffect {
    }

    /** End the conversation; {@code reason} says why (ended, failed, timeout, tooManySteps). */
    record End(String reason) implements FlowEffect {
    }
}
