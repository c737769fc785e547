package io.switchboard.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000); // low cost: behaviour, not strength

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("s3cret-密码".toCharArray());
        assertTrue(hasher.verify("s3cret-密码".toCharArray(), stored));
        assertFalse(hasher.verify("s3cret-密".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void storesNoClearTextAndSaltsEveryHash() {
        String a = hasher.hash("same".toCharArray());
        String b = hasher.hash("same".toCharArray());
        assertNotEquals(a, b);
        assertFalse(a.contains("same"));
        assertTrue(a.startsWith("pbkdf2-sha512$1000$"));
    }

    @Test
    void hashesKeepTheirOwnIterationCount() {
        String old = new PasswordHasher(500).hash("pw".toCharArray());
        assertTrue(hasher.verify("pw".toCharArray(), old));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertFalse(hasher.verify("pw".toCharArray(), null));
        assertFalse(hasher.verify("pw".toCharArray(), "plain:pw"));
        assertFalse(hasher.verify("pw".toCharArray(), "pbkdf2-sha512$x$y$z"));
        assertFalse(hasher.verify("pw".toCharArray(), "pbkdf2-sha512$10$!!$!!"));
    }

    @Test
    void defaultCostFollowsOwaspForSha512() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 210_000);
    }
}
