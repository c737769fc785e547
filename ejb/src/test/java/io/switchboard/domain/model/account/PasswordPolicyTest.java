package io.switchboard.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.account.PasswordPolicy.Rule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy standard = PasswordPolicy.standard();

    @Test
    void tooShortBlankAndTooLongAreRefused() {
        assertEquals(Optional.of(Rule.REQUIRED), standard.check(null, "ming"));
        assertEquals(Optional.of(Rule.REQUIRED), standard.check("   ", "ming"));
        assertEquals(Optional.of(Rule.TOO_SHORT), standard.check("1", "ming"));
        assertEquals(Optional.of(Rule.TOO_SHORT), standard.check("a", "ming"));
        assertEquals(Optional.of(Rule.TOO_SHORT), standard.check("Xk9#mQ2!z", "ming"), "9 characters");
        assertEquals(Optional.empty(), standard.check("Xk9#mQ2!zW", "ming"), "10 characters");
        assertEquals(Optional.of(Rule.TOO_LONG), standard.check("x".repeat(201), "ming"));
        assertEquals(Optional.empty(), standard.check("xY3-".repeat(50), "ming"), "200 characters");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertEquals(Optional.empty(), standard.check("我的密码是一二三四五六", "ming"), "11 Chinese characters");
        assertEquals(Optional.of(Rule.TOO_SHORT), standard.check("😀😀😀😀😀", "ming"), "5 characters, 10 UTF-16 units");
    }

    @Test
    void theShippedListHoldsThousandsOfCommonPasswordsComparedIgnoringCase() {
        assertTrue(standard.commonCount() > 3000, "a few thousand: " + standard.commonCount());
        for (String common : List.of("password", "123456", "qwerty", "iloveyou")) {
            assertTrue(standard.isCommon(common), common);
        }
        for (String longCommon : List.of("1234567890", "qwertyuiop", "password123", "PASSWORD123", "Password123!",
                "1qaz2wsx3edc", "woaini1314", "5201314520", "Administrator", "qwerty123456", "0000000000")) {
            assertEquals(Optional.of(Rule.COMMON), standard.check(longCommon, "ming"), longCommon);
        }
    }

    @Test
    void passwordsUsedInTheDocsTestsAndLoadTestAreAccepted() {
        for (String used : List.of("change-me-2026", "a-long-password", "New-pass-2026", "Initial-Pw-1", "Another-Pw-2",
                "Passw0rd-1", "Passw0rd-2", "Passw0rd-3", "Secret-1a2b3c4d", "Vip-pass-1a2b3c", "Secret-1a2b3c4d-7",
                "Demo-0123456789abcdef01", "Pw-" + java.util.UUID.randomUUID())) {
            assertEquals(Optional.empty(), standard.check(used, "xiaoming"), used);
        }
    }

    @Test
    void theLoginNameIsNeitherThePasswordNorPartOfIt() {
        assertEquals(Optional.of(Rule.CONTAINS_LOGIN), standard.check("xiaoming.wang", "xiaoming.wang"));
        assertEquals(Optional.of(Rule.CONTAINS_LOGIN), standard.check("XiaoMing.Wang", "xiaoming.wang"), "any case");
        assertEquals(Optional.of(Rule.CONTAINS_LOGIN), standard.check("xiaoming-2026!", "XiaoMing"));
        assertEquals(Optional.of(Rule.CONTAINS_LOGIN), standard.check("zhang@example.com", "zhang@example.com"));
        assertEquals(Optional.empty(), standard.check("zhang-2026-xyz", "zhang@example.com"), "only the whole name");
        assertEquals(Optional.empty(), standard.check("bold-li-brave", "li"), "a two-letter name only as a whole");
        assertEquals(Optional.of(Rule.CONTAINS_LOGIN), standard.check("lilililili", "lilililili"));
        assertEquals(Optional.empty(), standard.check("Xk9#mQ2!zW", null), "no login name known: not checked");
    }

    @Test
    void aPolicyOfItsOwnListIgnoresCase() {
        PasswordPolicy policy = new PasswordPolicy(Set.of("Correct-Horse"));
        assertEquals(Optional.of(Rule.COMMON), policy.check("correct-horse", "ming"));
        assertEquals(Optional.of(Rule.COMMON), policy.check("CORRECT-HORSE", "ming"));
        assertFalse(policy.isCommon("correct-horse-battery"));
    }

    @Test
    void rulesHaveTranslationKeysAndEnglishMessages() {
        assertEquals("tooShort", Rule.TOO_SHORT.key());
        assertEquals("containsLogin", Rule.CONTAINS_LOGIN.key());
        assertEquals("common", Rule.COMMON.key());
        assertTrue(Rule.TOO_SHORT.message().contains("10"), Rule.TOO_SHORT.message());
    }
}
