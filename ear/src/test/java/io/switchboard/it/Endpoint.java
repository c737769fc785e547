package io.switchboard.it;

import java.net.URI;

/**
 * Where a test sends its requests: the suite's single server, one node of the test cluster, or the cluster's
 * balancer. The secrets are the ones that server (or every node) was started with.
 */
interface Endpoint {

    URI url(String path);

    String platformKey();

    String demoPassword();
}
