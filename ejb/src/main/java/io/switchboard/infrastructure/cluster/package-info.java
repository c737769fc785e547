/**
 * What the nodes of a cluster share besides the database rows of the domain. Once-per-cluster work and node
 * presence are decided by the database: {@link io.switchboard.infrastructure.cluster.ClusterLease} (one holder at a
 * time) and {@link io.switchboard.infrastructure.cluster.ClusterNodes} (each node's last beat, in the database's
 * time); {@link io.switchboard.infrastructure.cluster.LocalNode} names this node for one run. Fast-changing counters
 * that every node must agree on live in the Infinispan container "switchboard" (clustering.cli), e.g. the
 * throttling counts ({@link io.switchboard.infrastructure.cluster.SharedThrottles}), the visitors browsing now
 * ({@link io.switchboard.infrastructure.cluster.SharedVisits}) and the generations of cached lookups
 * ({@link io.switchboard.infrastructure.cluster.LookupGenerations}). Sessions and pushes are
 * shared by the server itself (distributable web sessions; the brokers' cluster connection on the events topic).
 */
package io.switchboard.infrastructure.cluster;
