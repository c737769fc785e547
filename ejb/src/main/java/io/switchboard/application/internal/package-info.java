/**
 * The EJB implementations of the application services. Routing work goes through
 * {@link io.switchboard.application.internal.RoutingDesk}, which holds the tenant's routing lock for the
 * transaction (why a database row lock: see {@link io.switchboard.domain.model.routing}); due deadlines are found
 * by {@link io.switchboard.application.internal.DeadlineSweep}, one indexed read per sweep on one node of the
 * cluster, and handled by {@link io.switchboard.application.internal.RoutingTimeouts}.
 */
package io.switchboard.application.internal;
