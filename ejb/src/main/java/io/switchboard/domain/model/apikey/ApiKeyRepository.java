package io.switchboard.domain.model.apikey;

import java.util.Optional;

public interface ApiKeyRepository {

    void add(ApiKey key);

    /** Platform context only: finds a key of any tenant by the hash of its secret. */
    Optional<ApiKey> findByHash(String keyHash);
}
