package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login abuse (issue 16, item 10), each test from its own loopback address so that no other test is slowed: a
 * locked name answers exactly like a name that does not exist; the lock holds for the guessing address only, so a
 * stranger cannot lock the real user out; spraying many names from one address is slowed down with growing waits.
 */
@ExtendWith(SwitchboardServer.class)
class LoginAbuseIT {

    private static final Pattern MESSAGE = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    private final SwitchboardServer server = SwitchboardServer.get();

    /** A browser whose connections come from one loopback address. */
    private final class From {
        private final String address;
        private String cookie;

        From(String address) {
            this.address = address;
        }

        RawHttp.Reply login(String username, String password) {
            RawHttp.Reply page = request("GET", "/login.xhtml", null);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:username", username);
            form.put("login:password", password);
            form.put("login:submit", "");
            form.put("jakarta.faces.ViewState", Browser.viewState(page.body()));
            return request("POST", "/login.xhtml", form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&")));
        }

        private RawHttp.Reply request(String method, String path, String form) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept-Language", "en");
            if (cookie != null) {
                headers.put("Cookie", cookie);
            }
            RawHttp.Reply r = RawHttp.send(address, server.url(""), method, path, headers,
                    form == null ? null : "application/x-www-form-urlencoded", form);
            String set = r.headers().get("set-cookie");
            if (set != null && set.startsWith("JSESSIONID=")) {
                cookie = set.substring(0, set.indexOf(';'));
            }
            return r;
        }
    }

    private static String message(RawHttp.Reply r) {
        Matcher m = MESSAGE.matcher(r.body());
        return m.find() ? m.group(1) : "(status " + r.status() + ", no message)";
    }

    @Test
    void aLockedNameAnswersExactlyLikeANameThatDoesNotExist() {
        Api.Tenant tenant = Api.newTenant(server, "enum");
        List<String> real = answers(new From("127.0.0.41"), tenant.adminUsername());
        List<String> unknown = answers(new From("127.0.0.42"), "nobody-" + UUID.randomUUID());
        assertEquals(real, unknown, "the answers do not tell which name exists");
        assertEquals("Wrong user name or password.", real.get(0));
        assertTrue(real.get(5).contains("locked") && real.get(5).contains("15 minute(s)"), real.toString());
    }

    private static List<String> answers(From from, String username) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            RawHttp.Reply r = from.login(username, "wrong-password-" + i);
            assertEquals(200, r.status());
            texts.add(message(r));
        }
        return texts;
    }

    @Test
    void aStrangerCannotLockTheRealUserOut() {
        Api.Tenant tenant = Api.newTenant(server, "deny");
        From stranger = new From("127.0.0.43");
        for (int i = 1; i <= 5; i++) {
            stranger.login(tenant.adminUsername(), "guess-" + i);
        }
        RawHttp.Reply lockedForStranger = stranger.login(tenant.adminUsername(), tenant.adminPassword());
        assertEquals(200, lockedForStranger.status(), "even the right password is refused at the guessing address");
        assertTrue(message(lockedForStranger).contains("locked"), message(lockedForStranger));

        RawHttp.Reply owner = new From("127.0.0.44").login(tenant.adminUsername(), tenant.adminPassword());
        assertEquals(302, owner.status(), "the owner at their own desk signs in: " + message(owner));
        assertTrue(owner.headers().get("location").endsWith("/admin/"), owner.headers().toString());
    }

    @Test
    void sprayingManyNamesFromOneAddressIsSlowedDown() throws InterruptedException {
        Api.Tenant tenant = Api.newTenant(server, "spray");
        From sprayer = new From("127.0.0.45");
        for (int i = 0; i < 10; i++) {
            RawHttp.Reply r = sprayer.login("sprayed-" + i + "-" + UUID.randomUUID(), "Summer2026!");
            assertEquals(200, r.status(), "free attempt " + i);
        }
        RawHttp.Reply throttled = sprayer.login(tenant.adminUsername(), tenant.adminPassword());
        assertEquals(429, throttled.status(), "the address has to wait, right password or not");
        assertTrue(message(throttled).startsWith("Too many failed sign-ins from your address"), message(throttled));
        long wait = Long.parseLong(throttled.headers().get("retry-after"));
        assertTrue(wait >= 1 && wait <= 300, "Retry-After " + wait);

        assertEquals(302, new From("127.0.0.46").login(tenant.adminUsername(), tenant.adminPassword()).status(),
                "other addresses are not slowed");
        Thread.sleep(wait * 1000 + 200);
        assertEquals(302, sprayer.login(tenant.adminUsername(), tenant.adminPassword()).status(),
                "after the wait the right password works again: a delay, not a ban");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
