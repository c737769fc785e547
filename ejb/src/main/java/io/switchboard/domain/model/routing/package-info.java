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
 * Every routing decision of a tenant runs in one database transaction that first locks the tenant's
 * {@code routing_settings} row ({@code SELECT ... FOR UPDATE}, see
 * {@link io.switchboard.domain.model.routing.RoutingSettingsRepository#lock()}), then reads the seats, groups and
 * queue it needs, decides, and writes conversations, queue entries, seat loads and events before it commits. So
 * decisions of one tenant happen one after the other on the whole cluster, each one sees every earlier one, and
 * the result is durable before the lock is released: no agent above its cap, no conversation assigned twice, no
 * queue entry lost, FIFO kept — the property test checks these rules on the engine, RoutingIT on the server.
 *
 * <p>Why the database and not the alternatives:
 * <ul>
 * <li>The state a decision reads (loads, the queue) and the state it writes (the assignment) live in the same
 *     database, so one transaction covers both. A per-group lock in a transactional Infinispan cache would need a
 *     second transactional resource (XA with the database) to keep the cache lock and the rows consistent, and a
 *     per-group lock is not enough anyway: an agent in two groups could be filled twice by two group locks.</li>
 * <li>A cluster singleton would funnel all tenants through one node and stall routing during fail-over; the row
 *     lock is per tenant, survives any node's death (the database releases it with the connection) and needs no
 *     election.</li>
 * <li>The cost is one routing transaction at a time per tenant, a few milliseconds each: hundreds of decisions per
 *     second per tenant, far above the arrival rate of even a 2,000-seat center. The engine itself makes a
 *     decision in about a microsecond (RoutingEngineBenchmark), so the lock, not the engine, is the limit.</li>
 * </ul>
 * Timers are EJB timers, one per deadline, created in the deciding transaction; the handler takes the same lock
 * and re-checks the deadline, so late, duplicate or stale timers are harmless.
 */
package io.switchboard.domain.model.routing;
