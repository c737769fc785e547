package io.switchboard.domain.model.conversation;

/** Who wrote a conversation message: the visitor, an agent, or Switchboard itself (dialog messages of RT-11/12). */
public enum Sender { VISITOR, AGENT, SYSTEM, /** the conversation's flow or FAQ bot (FL-1, FL-2) */ BOT }
