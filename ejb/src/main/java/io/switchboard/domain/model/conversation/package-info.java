/**
 * A visitor's conversation: its state machine ({@link io.switchboard.domain.model.conversation.ConversationState}),
 * its deadlines, its place in the queue ({@link io.switchboard.domain.model.conversation.QueueEntry}), its
 * transcript and the routing event log.
 */
package io.switchboard.domain.model.conversation;
