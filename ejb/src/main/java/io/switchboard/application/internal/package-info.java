/**
 * The EJB implementations of the application services. Routing work goes through
 * {@link io.switchboard.application.internal.RoutingDesk}, which holds the tenant's routing lock for the
 * transaction (why a database row lock: see {@link io.switchboard.domain.model.routing}), and through
 * {@link io.switchboard.application.internal.RoutingTimers}, one non-persistent EJB timer per deadline,
 * rescheduled from the database when a node starts.
 */
package io.switchboard.application.internal;
