package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One login page for /admin and /agent: roles, redirects, messages, session renewal, lock-out, language. */
@ExtendWith(SwitchboardServer.class)
class LoginIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @ParameterizedTest
    @CsvSource({"admin, /admin/, ADMIN", "supervisor, /admin/, SUPERVISOR", "agent1, /agent/, AGENT",
            "agent2, /agent/, AGENT"})
    void eachDemoRoleLogsInAndLandsOnItsDesk(String user, String home, String role) {
        Browser browser = new Browser(server, "en");
        HttpResponse<String> submit = browser.login(user, server.demoPassword());
        assertEquals(302, submit.statusCode(), submit.body());
        assertEquals(home, Browser.location(submit));
        HttpResponse<String> desk = browser.get(home);
        assertEquals(200, desk.statusCode());
        assertTrue(desk.body().contains("(" + role + ")"), "header names the role");
    }

    @Test
    void wrongPasswordShowsAMessageAndNoStackTrace() {
        Browser browser = new Browser(server, "en");
        HttpResponse<String> submit = browser.login("agent1", "not-the-password");
        assertEquals(200, submit.statusCode());
        assertTrue(submit.body().contains("Wrong user name or password."), submit.body());
        assertFalse(submit.body().contains("Caused by"));
        assertFalse(java.util.regex.Pattern.compile("at [\\w.$]+\\(\\w+\\.java:\\d+\\)").matcher(submit.body()).find(),
                "no stack frame lines");
        assertEquals(302, browser.get("/agent/").statusCode(), "still not logged in");
    }

    @Test
    void unknownUserGetsTheSameMessageInChinese() {
        HttpResponse<String> submit = new Browser(server, "zh-CN,zh;q=0.9").login("nobody-here", "whatever1");
        assertTrue(submit.body().contains("用户名或密码错误。"), submit.body());
    }

    @Test
    void anonymousAdminRedirectsToLoginAndBackAfterLogin() {
        Browser browser = new Browser(server, "en");
        HttpResponse<String> anonymous = browser.get("/admin/index.xhtml");
        assertEquals(302, anonymous.statusCode());
        assertEquals("/login.xhtml", Browser.location(anonymous));
        HttpResponse<String> submit = browser.login("admin", server.demoPassword());
        assertEquals(302, submit.statusCode());
        assertEquals("/admin/index.xhtml", Browser.location(submit), "back where the user was going");
        assertEquals(200, browser.get("/admin/index.xhtml").statusCode());
    }

    @Test
    void agentCannotOpenTheAdminConsole() {
        Browser agent = new Browser(server, "en");
        agent.login("agent2", server.demoPassword());
        HttpResponse<String> admin = agent.get("/admin/");
        assertEquals(403, admin.statusCode());
        assertTrue(admin.body().contains("Access denied"));
        assertEquals(200, agent.get("/agent/").statusCode());
    }

    /**
     * A supervisor (质检员) reads: overview, live monitor and sessions open; every page that changes something is
     * refused, and the menu offers only the pages a supervisor may open.
     */
    @Test
    void aSupervisorCanOnlyRead() {
        Browser supervisor = new Browser(server, "en");
        supervisor.login("supervisor", server.demoPassword());
        for (String page : new String[] {"/admin/", "/admin/monitor.xhtml", "/admin/sessions.xhtml"}) {
            assertEquals(200, supervisor.get(page).statusCode(), page);
        }
        for (String page : new String[] {"/admin/agents.xhtml", "/admin/groups.xhtml", "/admin/settings.xhtml",
                "/admin/sites.xhtml", "/admin/replies.xhtml", "/admin/words.xhtml", "/admin/blacklist.xhtml",
                "/admin/audit.xhtml"}) {
            assertEquals(403, supervisor.get(page).statusCode(), page);
        }
        HttpResponse<String> sessions = supervisor.get("/admin/sessions.xhtml");
        assertTrue(sessions.body().contains("nav-sessions"), sessions.body());
        assertFalse(sessions.body().contains("nav-agents"), "the menu offers only what a supervisor may open");
    }

    /** The language a user picks is kept (a cookie): after signing out the login page is in that language. */
    @Test
    void theChosenLanguageSurvivesSignOut() {
        try (Chromium browser = new Chromium(1366, 768, "zh-CN")) {
            ConsolePage.login(browser, server, "/admin/", "supervisor", server.demoPassword());
            ConsolePage.until(browser, d -> "退出".equals(ConsolePage.text(browser, "#logout").strip()) ? true : null);
            ConsolePage.click(browser, org.openqa.selenium.By.id("lang:en"));
            ConsolePage.until(browser, d -> "Sign out".equals(ConsolePage.text(browser, "#logout").strip()) ? true : null);
            ConsolePage.click(browser, org.openqa.selenium.By.id("logout"));
            String login = ConsolePage.until(browser, d -> {
                String body = ConsolePage.text(browser, "body");
                return body.contains("User name") ? body : null;
            });
            assertFalse(login.contains("用户名"), login);
        }
    }

    @Test
    void sessionIdIsRenewedAtLoginAndLogoutEndsTheSession() {
        Browser browser = new Browser(server, "en");
        browser.get("/login.xhtml");
        String before = browser.sessionId().orElseThrow();
        browser.login("agent1", server.demoPassword());
        String after = browser.sessionId().orElseThrow();
        assertNotEquals(before, after);

        HttpResponse<String> logout = browser.post("/logout", Map.of());
        assertEquals(302, logout.statusCode());
        assertEquals("/login.xhtml", Browser.location(logout));
        assertEquals(302, browser.get("/agent/").statusCode(), "logged out");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        Api.Tenant tenant = Api.newTenant(server, "lock");
        Browser browser = new Browser(server, "en");
        for (int i = 1; i <= 4; i++) {
            assertTrue(browser.login(tenant.adminUsername(), "wrong-" + i).body()
                    .contains("Wrong user name or password."));
        }
        assertTrue(browser.login(tenant.adminUsername(), "wrong-5").body().contains("it is locked here"));
        HttpResponse<String> right = browser.login(tenant.adminUsername(), tenant.adminPassword());
        assertEquals(200, right.statusCode(), "the right password is refused while locked");
        assertTrue(right.body().contains("Try again in 15 minute(s)"), right.body());
    }

    @Test
    void languageFollowsTheBrowserAndCanBeSwitched() {
        Browser browser = new Browser(server, "zh-CN,zh;q=0.9,en;q=0.5");
        HttpResponse<String> page = browser.get("/login.xhtml");
        assertTrue(page.body().contains(">登录<") || page.body().contains("登录 · Switchboard"), page.body());
        HttpResponse<String> switched = browser.post("/login.xhtml", Map.of("lang", "lang", "lang:en", "lang:en",
                "jakarta.faces.ViewState", Browser.viewState(page.body())));
        assertTrue(switched.body().contains("Sign in · Switchboard"), switched.body());
        assertTrue(browser.get("/login.xhtml").body().contains("User name"), "kept for the session");
        assertTrue(new Browser(server, "en-US").get("/login.xhtml").body().contains("User name"));
    }
}
