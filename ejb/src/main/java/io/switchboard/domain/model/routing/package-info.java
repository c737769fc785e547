/**
 * Routing: which agent serves which conversation, and when (RT-1..RT-13).
 *
 * <h2>Decisions</h2>
 * {@link io.switchboard.domain.model.routing.RoutingEngine} decides on a
 * {@link io.switchboard.domain.model.routing.RoutingBoard} (seats, groups, queue) in plain Java: no container types,
 * no clock, no I/O. {@link io.switchboard.domain.model.routing.RouteResolver} picks the candidate groups first (work
 * hours, the visitor's choice, routing rules). {@link io.switchboard.domain.model.routing.RoutingSettings} holds
 * every 对话设置 setting with the seed's defaults. Every trigger is event-driven: an arrival, an agent becoming ready,
 * a close, a raised cap or limit, an expired reservation each dispatch the queues at once; nothing polls.
 *
 * <h2>How decisions are serialised (across threads and cluster nodes)</h2>
 * A routing decision — who gets which waiting conversation — runs in one database transaction that first locks the
 * tenant's {@code routing_settings} row ({@code SELECT ... FOR UPDATE}, see
 * {@link io.switchboard.domain.model.routing.RoutingSettingsRepository#lock()}), then reads the seats, groups and
 * queue it needs, decides, and writes assignments, seat loads and events before it commits. So decisions of one
 * tenant happen one after the other on the whole cluster, each sees every earlier one, and the result is durable
 * before the lock is released: no agent above its cap, no conversation assigned twice, no queue entry lost, FIFO
 * within priority kept — the property test checks these rules on the engine, RoutingIT and CrashIT on the server.
 *
 * <p>What keeps that lock off the hot path (issue 17):
 * <ul>
 * <li><b>Arrivals do not take it.</b> A new conversation is stored with its queue entry in its own short
 * transaction (reading only whether anyone of its groups is signed in, and its previous agent for RT-5), and asks
 * the tenant's dispatcher ({@code TenantDispatcher}) for a dispatch once it committed. The dispatcher merges the
 * requests that come while it runs, so 50 arrivals a second cost a few lock-holding transactions a second, each
 * placing every arrival committed so far, instead of 50 that queue behind each other's commits. An arrival whose
 * request is lost (a failed dispatch, a node gone) is dispatched by the deadline sweep a few seconds later.</li>
 * <li><b>A close frees its seat and leaves the dispatch to the dispatcher.</b> It holds the lock only to end the
 * conversation and release the seat; the freed capacity goes to the head of the queue in the dispatcher's next
 * round, so the closes of a busy minute share a few rounds (each reads the groups' seats and queues once) instead of
 * each reading them again under the lock.</li>
 * <li><b>A chat line does not take it.</b> A visitor's or agent's line changes its own conversation only and takes
 * that row's lock; so do a visitor's presence, a reminder deadline, a reconnecting agent.</li>
 * <li><b>Nothing slow runs under it</b>: the queue's places are pushed from a read after the commit, at most twice a
 * second per tenant; offers carry the visitor's latest line instead of the transcript (read once per round for all
 * its offers); rows a decision writes are locked in one statement; lines and events take ids from sequences in
 * blocks of 50, so a round's inserts go out as JDBC batches.</li>
 * <li><b>What still takes it, and why:</b> an agent's status change, a transfer, an admin's edit of a group, a cap
 * or a member. Each is a person's click (a few a minute per agent, not per line), and each changes what the next
 * decision must see as one step: a seat becoming ready and being filled from the queue, a conversation leaving one
 * agent's load for another's, a cap lowered below the current load. Under the lock that step needs no second
 * protocol; the dispatcher is the single writer of assignments per tenant, and these rare writers queue with it.</li>
 * </ul>
 *
 * <p>Why a database row lock and not the alternatives:
 * <ul>
 * <li>The state a decision reads (loads, the queue) and writes (the assignment) live in the same database, so one
 * transaction covers both. A per-group lock in a transactional Infinispan cache would need a second transactional
 * resource (XA with the database), and a per-group lock is not enough anyway: an agent in two groups could be
 * filled twice by two group locks.</li>
 * <li>Claiming queue entries with {@code FOR UPDATE SKIP LOCKED} would let decisions run in parallel, but the cap of
 * an agent in several groups still has to be checked against every concurrent claim, which brings back a lock per
 * agent and the deadlocks of taking several; and H2 (the embedded default) has no {@code SKIP LOCKED}.</li>
 * <li>A cluster singleton would funnel all tenants through one node and stall routing during fail-over; the row lock
 * is per tenant, survives any node's death (the database releases it with the connection) and needs no election.
 * The dispatcher is only a per-node batching of requests, not an owner: every node's dispatcher takes the same lock.</li>
 * </ul>
 * Deadlines (RT-5/6/7/10/12/13) are not timers per deadline: each conversation stores its next deadline in an indexed
 * column, and one sweep on the node holding a database lease finds what is due; a deadline that moved meanwhile
 * costs a read, and only deadlines that free or take capacity take the tenant lock.
 */
package io.switchboard.domain.model.routing;
