package io.switchboard.it;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web widget as a browser test sees it: inside its shadow root on a host page. */
final class WidgetPage {

    private WidgetPage() {
    }

    /** A page of a customer's website with the widget embedded (and a .bubble style that must not leak in). */
    static String hostPage(SwitchboardServer server, String name, String siteKey) {
        return hostPage(server, name, siteKey, "");
    }

    /** The same with more attributes on the widget's script tag ({@code data-lang="en"}). */
    static String hostPage(SwitchboardServer server, String name, String siteKey, String attributes) {
        return Chromium.hostPage(name, "<!doctype html><html><head><meta charset=utf-8>"
                + "<meta name=viewport content=\"width=device-width, initial-scale=1\"><title>Demo shop</title>"
                + "<style>body{font-family:serif;margin:40px} .bubble{color:red}</style></head><body>"
                + "<h1>Demo shop</h1><p>A customer's page. Its CSS must not reach the widget.</p>"
                + "<script src=\"" + server.url("/widget.js") + "\" data-site=\"" + siteKey + "\" " + attributes
                + " async></script></body></html>");
    }

    static SearchContext widget(Chromium browser) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("switchboard-widget")).getShadowRoot());
    }

    static <T> T await(Chromium browser, Function<SearchContext, T> condition) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> {
            try {
                return condition.apply(widget(browser));
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    static WebElement visible(Chromium browser, String css) {
        return await(browser, w -> {
            WebElement e = w.findElement(By.cssSelector(css));
            return e.isDisplayed() ? e : null;
        });
    }

    static String statusText(Chromium browser) {
        return widget(browser).findElement(By.cssSelector(".status")).getText();
    }

    static List<String> lines(SearchContext w, String who) {
        return w.findElements(By.cssSelector(".line." + who + " .bubble")).stream().map(WebElement::getText).toList();
    }
}
