/**
 * Switchboard's HTTP client for URLs that tenants configure. Every such call goes through
 * {@link io.switchboard.infrastructure.outbound.OutboundHttp}: its resolver hands each resolved address to the
 * {@link io.switchboard.domain.model.outbound.OutboundAddressPolicy} before the connection, so the address judged is
 * the address connected to. New kinds of outbound calls (flow API nodes, event subscriptions) use it too, and check
 * their URL with {@code requireAllowed} when it is saved.
 */
package io.switchboard.infrastructure.outbound;
