package io.switchboard.domain.model.visitor;

import java.util.Optional;

/**
 * Where an IP address is (国家/省/市 as one display string). Works offline: implementations read local data only,
 * never a web service, so a visitor's address never leaves the tenant's servers.
 */
public interface RegionLocator {

    Optional<String> regionOf(String ip);
}
