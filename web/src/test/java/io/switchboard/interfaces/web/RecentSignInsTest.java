package io.switchboard.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.domain.model.account.Role;
import org.junit.jupiter.api.Test;

class RecentSignInsTest {

    private final RecentSignIns recent = new RecentSignIns();
    private final UserSession.SignedIn ann = new UserSession.SignedIn("ann", "Ann", "t1", Role.ADMIN, 3);

    @Test
    void recallsTheSignInOfTheSession() {
        recent.remember("s1", ann);
        assertEquals(ann, recent.recall("s1", null));
    }

    @Test
    void aSessionWhoseIdChangedFindsItsAccountsLatestSignInByThePrincipal() {
        recent.remember("s1", ann);
        UserSession.SignedIn again = new UserSession.SignedIn("ann", "Ann", "t1", Role.ADMIN, 4);
        recent.remember("s2", again);
        assertEquals(again, recent.recall("s3", "ann"));
    }

    @Test
    void neitherAnotherSessionNorAnotherAccountIsRecalled() {
        recent.remember("s1", ann);
        assertNull(recent.recall("s2", null));
        assertNull(recent.recall("s2", "bob"));
    }
}
