package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A hostile page in real Chromium (issue 16, items 1–3). The administrator is signed in to the console at
 * {@code http://localhost:PORT}; the hostile page is served from {@code http://localhost:OTHER} — the same site, so
 * the browser does send the SameSite=Lax staff cookie with it, and only the origin checks stand in the way. The
 * page tries to open the agent socket, posts a console form with a ViewState it learnt, and frames the console.
 */
@ExtendWith(SwitchboardServer.class)
class StaffSecurityBrowserIT {

    private final SwitchboardServer server = SwitchboardServer.get();

    @Test
    void aPageOnAnotherOriginCanNeitherRideTheSocketNorPostFormsNorFrameTheConsole() {
        Api.Tenant tenant = Api.newTenant(server, "hostile");
        Api api = new Api(server, tenant.apiKey());
        try (Chromium browser = new Chromium(1366, 768, "en")) {
            browser.driver.get(server.url("/login.xhtml").toString());
            browser.driver.findElement(By.id("login:username")).sendKeys(tenant.adminUsername());
            browser.driver.findElement(By.id("login:password")).sendKeys(tenant.adminPassword());
            browser.driver.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/admin/"));
            browser.driver.get(server.url("/admin/words.xhtml").toString());
            String viewState = browser.driver.findElement(By.cssSelector("form#add input[name='jakarta.faces.ViewState']"))
                    .getAttribute("value");

            String console = server.url("").toString().replaceAll("/$", "");
            String socket = console.replaceFirst("^http", "ws") + "/agent/socket";
            String hostile = Chromium.hostPage("hostile.html", "<!doctype html><html><head><meta charset=utf-8>"
                    + "<title>Free prizes</title></head><body><h1>Free prizes</h1>"
                    + "<iframe id=framed name=framed src=\"" + console + "/admin/index.xhtml\" width=600 height=300></iframe>"
                    + "<iframe name=sink width=10 height=10></iframe>"
                    + "<form id=csrf method=post target=sink action=\"" + console + "/admin/words.xhtml\">"
                    + "<input name=add value=add><input name=\"add:word\" value=\"hijacked\">"
                    + "<input name=\"add:save\" value=\"add:save\">"
                    + "<input name=\"jakarta.faces.ViewState\" value=\"" + viewState.replace("\"", "&quot;") + "\"></form>"
                    + "<script>window.result={events:[]};"
                    + "var ws=new WebSocket('" + socket + "');"
                    + "ws.onopen=function(){result.events.push('open')};"
                    + "ws.onmessage=function(e){result.events.push('message:'+e.data)};"
                    + "ws.onerror=function(){result.events.push('error')};"
                    + "ws.onclose=function(e){result.events.push('close:'+e.code);result.closed=true};"
                    + "document.getElementById('csrf').submit();</script></body></html>")
                    .replace("127.0.0.1", "localhost");
            assertNotEquals(new java.net.URI(hostile).getPort(), server.url("").getPort());
            browser.driver.get(hostile);

            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(d -> Boolean.TRUE.equals(js.executeScript("return window.result && window.result.closed === true")));
            String events = String.valueOf(js.executeScript("return JSON.stringify(window.result.events)"));
            assertFalse(events.contains("open"), "the agent socket did not open for the hostile page: " + events);
            assertFalse(events.contains("hello"), events);

            browser.driver.switchTo().frame("framed");
            String framed = browser.driver.getPageSource();
            browser.driver.switchTo().defaultContent();
            assertFalse(framed.contains("Switchboard"), "the console is not rendered inside the foreign page");
            browser.screenshot("hostile-page");

            // the forged post reached the server and was refused there (not merely lost on the way)
            Poll.until(Duration.ofSeconds(20), "the refusal of the forged post in server.log", () -> {
                try {
                    return java.nio.file.Files.readString(server.serverLog()).contains(
                            "refused POST /admin/words.xhtml from the foreign origin http://localhost:") ? true : null;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            var items = api.get("/api/v1/sensitive-words").body().path("items");
            assertEquals(0, StreamSupport.stream(items.spliterator(), false).count(), "the forged post added nothing: " + items);

            // the console itself still works with its cookie: the same form from its own page adds the word
            browser.driver.get(server.url("/admin/words.xhtml").toString());
            browser.driver.findElement(By.id("add:word")).sendKeys("own-page");
            browser.driver.findElement(By.id("add:save")).click();
            Poll.until(Duration.ofSeconds(10), "the word added from the console", () ->
                    api.get("/api/v1/sensitive-words").body().path("items").toString().contains("own-page") ? true : null);
            assertEquals(1, api.get("/api/v1/sensitive-words").body().path("total").asInt());
        } catch (java.net.URISyntaxException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
