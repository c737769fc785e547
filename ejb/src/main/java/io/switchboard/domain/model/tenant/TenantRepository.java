package io.switchboard.domain.model.tenant;

import java.util.Optional;

public interface TenantRepository {

    void add(Tenant tenant);

    Optional<Tenant> findByCode(String code);

    long count();
}
