package io.switchboard.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    private final OriginPolicy policy = OriginPolicy.of("https://cc.example.com/", "http://10.1.2.3:8080, https://ops.example.com");

    @Test
    void ownOriginsPass() {
        assertTrue(policy.allows("https://cc.example.com", null, null));
        assertTrue(policy.allows("https://CC.example.com:443", null, null), "case and default port do not matter");
        assertTrue(policy.allows("http://10.1.2.3:8080", null, null));
        assertTrue(policy.allows(null, "https://ops.example.com/admin/agents.xhtml", null), "Referer when no Origin");
        assertTrue(policy.allows("http://localhost:8180", null, "http://localhost:8180"), "the address it was sent to");
    }

    @Test
    void foreignOriginsAreRefused() {
        assertFalse(policy.allows("https://evil.example", null, "https://cc.example.com"));
        assertFalse(policy.allows("http://cc.example.com", null, null), "another scheme is another origin");
        assertFalse(policy.allows("https://cc.example.com:8443", null, null), "another port is another origin");
        assertFalse(policy.allows("http://localhost:9999", null, "http://localhost:8180"), "another port, same host");
        assertFalse(policy.allows("null", null, "https://cc.example.com"), "opaque origin of a sandboxed frame");
        assertFalse(policy.allows(null, "https://evil.example/page", null), "a foreign Referer");
        assertFalse(policy.allows("https://cc.example.com.evil.example", null, null));
    }

    @Test
    void requestsWithoutOriginOrRefererAreNotFromAPage() {
        assertTrue(policy.allows(null, null, null));
        assertTrue(policy.allows("", "", null));
    }

    @Test
    void aBadConfigurationStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> OriginPolicy.of("ftp://x", ""));
        assertThrows(IllegalStateException.class, () -> OriginPolicy.of("http://x", "not an origin"));
    }
}
