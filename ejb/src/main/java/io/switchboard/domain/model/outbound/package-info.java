/**
 * Outbound calls a tenant configures (the IM webhook now; flow API nodes and event subscriptions later). A tenant
 * chooses the URL but Switchboard's server makes the call, from inside the operator's network: without a rule a
 * tenant could make it reach the cloud metadata service, the admin ports on loopback or hosts of the private
 * network (server-side request forgery). {@link io.switchboard.domain.model.outbound.OutboundAddressPolicy} is
 * that rule, in plain Java; {@code infrastructure.outbound.OutboundHttp} applies it to the address it resolved,
 * at the moment it connects, so DNS cannot swap the address between the check and the call.
 */
package io.switchboard.domain.model.outbound;
