package io.switchboard.domain.model.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.site.WidgetSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Item 5 of issue 18: every visitor-facing text has a Chinese and an English side, chosen by the visitor's language. */
class EnglishTextsTest {

    @Test
    void languageTagsAsPagesAndPartnersGiveThem() {
        assertEquals(Language.ZH, Language.of(null));
        assertEquals(Language.ZH, Language.of(" "));
        assertEquals(Language.ZH, Language.of("zh-CN"));
        assertEquals(Language.ZH, Language.of("ZH"));
        assertEquals(Language.EN, Language.of("en"));
        assertEquals(Language.EN, Language.of("en-GB"));
        assertEquals(Language.EN, Language.of("fr"), "a language without texts of its own reads English");
        assertEquals("en", Language.EN.tag());
    }

    @Test
    void aChineseConversationGetsTheSettingsAsTheyAre() {
        RoutingSettings s = RoutingSettings.defaults();
        assertSame(s, s.in(Language.ZH));
        WidgetSettings w = WidgetSettings.defaults();
        assertSame(w, w.in(Language.ZH));
    }

    @Test
    void anEnglishConversationGetsEveryDialogAndTimerMessageInEnglish() {
        RoutingSettings en = RoutingSettings.defaults().in(Language.EN);
        assertEquals("Welcome! How can we help you today?", en.messages().welcome());
        assertEquals("All agents are busy. You are in the queue with {num} visitors ahead of you.", en.messages().allBusy());
        assertEquals("{agent} is here to help you.", en.messages().assigned());
        assertEquals("Are you still there?", en.customerIdleWarning().message());
        assertEquals("Sorry, the wait in the queue has timed out.", en.queueTimeout().message());
        assertEquals("You have been transferred to {agent}.", en.transfer().successNotice());
        assertEquals("Hello, we are outside our working hours at the moment.", en.workHours().offHoursMessage());
        assertEquals("Please rate our service.", en.satisfactionInvite().message());
        // what is not a visitor's text stays as it is
        assertEquals(RoutingSettings.defaults().customerIdleWarning().seconds(), en.customerIdleWarning().seconds());
        assertEquals(RoutingSettings.defaults().transfer().promptBody(), en.transfer().promptBody());
        // every text with an English side differs from its Chinese default
        Map<String, String> zh = RoutingSettings.defaults().chineseTexts();
        assertEquals(RoutingSettings.ENGLISH.paths(), zh.keySet());
        zh.forEach((path, text) -> assertNotEquals(text, en.english().get(path), path));
    }

    @Test
    void anEmptyEnglishTextIsShownAsTheChineseOne() {
        Map<String, String> english = new HashMap<>(RoutingSettings.ENGLISH.defaults());
        english.put("messages.welcome", " ");
        RoutingSettings s = RoutingSettings.defaults();
        RoutingSettings custom = new RoutingSettings(s.messages(), s.defaultStrategy(), s.maxConcurrentPerAgent(),
                s.readyBurst(), s.previousAgentFirst(), s.previousAgentWaitSeconds(), s.customerIdleWarning(),
                s.customerIdleClose(), s.agentReplyTimeout(), s.queueTimeout(), s.invalidSessionCleanup(),
                s.rerouteUnanswered(), s.wrapUp(), s.agentOfflineAfterDisconnect(), s.visitorOfflineAfterDisconnect(),
                s.transfer(), s.workHours(), s.satisfactionInvite(), s.rules(), english, null);
        assertEquals(s.messages().welcome(), custom.in(Language.EN).messages().welcome());
    }

    @Test
    void settingsStoredBeforeTheEnglishSideGetItsDefaults() {
        RoutingSettings s = RoutingSettings.defaults();
        RoutingSettings old = new RoutingSettings(s.messages(), s.defaultStrategy(), s.maxConcurrentPerAgent(),
                s.readyBurst(), s.previousAgentFirst(), s.previousAgentWaitSeconds(), s.customerIdleWarning(),
                s.customerIdleClose(), s.agentReplyTimeout(), s.queueTimeout(), s.invalidSessionCleanup(),
                s.rerouteUnanswered(), s.wrapUp(), s.agentOfflineAfterDisconnect(), s.visitorOfflineAfterDisconnect(),
                s.transfer(), s.workHours(), s.satisfactionInvite(), s.rules(), null, null);
        assertEquals(RoutingSettings.ENGLISH.defaults(), old.english());
    }

    @Test
    void theSiteTextsAVisitorReadsHaveAnEnglishSide() {
        WidgetSettings en = WidgetSettings.defaults().in(Language.EN);
        assertEquals("Chat with us", en.button().text());
        assertEquals("Chat now", en.invitation().acceptText());
        assertEquals("Welcome! How can we help?", en.info().welcome());
        assertEquals("No agent is available now. Please leave a message.", en.picker().nobodyOnlineTitle());
        assertEquals(WidgetSettings.defaults().button().color(), en.button().color());
    }

    @Test
    void theValidationOfEnglishPathsKnowsExactlyThePathsThatHaveOne() {
        Pattern routing = Pattern.compile(RoutingSettings.ENGLISH_PATHS);
        RoutingSettings.ENGLISH.paths().forEach(p -> assertTrue(routing.matcher(p).matches(), p));
        for (String notOne : new String[] {"messages.nope", "transfer.promptBody", "customerIdleWarning.seconds",
                "messagesXwelcome", ""}) {
            assertFalse(routing.matcher(notOne).matches(), notOne);
        }
        assertEquals(WidgetSettings.ENGLISH.paths(), WidgetSettings.ENGLISH_MAX.keySet(), "every English site text has a limit");
        Pattern site = Pattern.compile(WidgetSettings.ENGLISH_PATHS);
        WidgetSettings.ENGLISH.paths().forEach(p -> assertTrue(site.matcher(p).matches(), p));
        for (String notOne : new String[] {"button.color", "info.phone", "picker.maxGroups", "recordTrail"}) {
            assertFalse(site.matcher(notOne).matches(), notOne);
        }
    }
}
