package io.switchboard.it;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console and the workbench as a browser test drives them: JSF pages whose parts are re-rendered at any moment,
 * so every step waits and retries, and text is read in one script instead of holding on to elements.
 */
final class ConsolePage {

    private ConsolePage() {
    }

    static <T> T until(Chromium browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).ignoring(
                org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** Clicks once the element is there, shown and enabled (not being re-rendered). */
    static void click(Chromium browser, By by) {
        until(browser, d -> {
            WebElement e = d.findElement(by);
            if (!e.isDisplayed() || !e.isEnabled()) {
                return null;
            }
            e.click();
            return true;
        });
    }

    /** The text of the first element matching the CSS selector, or "" when there is none. */
    static String text(Chromium browser, String css) {
        return String.valueOf(js(browser, "var e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css));
    }

    static Object js(Chromium browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    /** Types into an input found by its JSF client id, replacing what was there. */
    static void type(Chromium browser, String clientId, String value) {
        WebElement input = until(browser, d -> {
            WebElement e = d.findElement(By.id(clientId));
            return e.isDisplayed() ? e : null;
        });
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    /** Opens a page behind the login and signs in on the login page it redirects to. */
    static void login(Chromium browser, SwitchboardServer server, String path, String username, String password) {
        browser.driver.get(server.url(path).toString());
        browser.driver.findElement(By.id("login:username")).sendKeys(username);
        browser.driver.findElement(By.id("login:password")).sendKeys(password);
        browser.driver.findElement(By.id("login:submit")).click();
    }

    /**
     * Picks an option of a PrimeFaces select by its label with clicks, as a person would (its change is sent). The item
     * is clicked only once the list has finished opening: PrimeFaces binds the list at the end of its opening
     * transition, and a click before that is lost (the select throws and keeps its old value).
     */
    static void select(Chromium browser, String id, String label) {
        idle(browser);
        until(browser, d -> {
            java.util.List<WebElement> items = d.findElements(By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"));
            boolean open = Boolean.TRUE.equals(js(browser, "var w = PrimeFaces.getWidgetById(arguments[0]);"
                    + " return !!w && !!w.keyboardTarget && w.keyboardTarget.attr('aria-expanded') === 'true'", id));
            if (items.isEmpty() || !items.get(0).isDisplayed()) {
                if (!open) {
                    d.findElement(By.id(id)).click(); // (re)open the list: a re-render may have closed it
                }
                return null;
            }
            if (!open) {
                return null; // still opening
            }
            items.get(0).click();
            return true;
        });
        // the change may re-render the form: wait for it, then for the select to show the label
        idle(browser);
        until(browser, d -> label.equals(text(browser, "[id='" + id + "_label']").strip()) ? true : null);
    }

    /** No PrimeFaces request is on its way (a change's re-render has arrived). */
    static void idle(Chromium browser) {
        until(browser, d -> Boolean.TRUE.equals(js(browser, "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()"))
                ? true : null);
    }
}
