package io.switchboard.interfaces.web.admin;

import io.switchboard.application.FaqBotService;
import io.switchboard.application.FaqBotService.BotRequest;
import io.switchboard.application.FaqBotService.BotView;
import io.switchboard.application.FaqBotService.MatchView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 智能机器人 (FL-2) in the console: the tenant's bots, the one being worked on, its settings, a new bot, deleting one,
 * and "try it" (a question asked as a visitor would, kept out of the misses). Its knowledge rules are
 * {@link BotRulesView}'s, its misses {@link BotMiningView}'s.
 */
@Named
@ViewScoped
public class BotsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FaqBotService bots;
    @Inject
    ConsoleActions actions;

    private Long botId;
    private String newName;
    private String name;
    private String welcome;
    private String defaultReply;
    private String handoffKeywords;
    private int missLimit;
    private String synonyms;
    private String repeatReply;
    private String timeoutReply;
    private String question;
    private MatchView tried;

    @PostConstruct
    void init() {
        List<BotView> all = bots.bots();
        if (!all.isEmpty()) {
            choose(all.get(0).id());
        }
    }

    public List<BotView> getBots() {
        return bots.bots();
    }

    /** Opens a bot: its settings into the form, nothing tried yet. */
    public void choose(Long id) {
        botId = id;
        tried = null;
        if (id == null) {
            return;
        }
        BotView b = bots.get(id);
        name = b.name();
        welcome = b.welcome();
        defaultReply = b.defaultReply();
        handoffKeywords = b.handoffKeywords();
        missLimit = b.missLimit();
        synonyms = b.synonyms();
        repeatReply = b.repeatReply();
        timeoutReply = b.timeoutReply();
    }

    public void create() {
        BotView[] made = new BotView[1];
        if (actions.run("new-bot", () -> made[0] = bots.create(new BotRequest(actions.required("name", newName), null,
                null, null, null, null, null, null)), "console.saved")) {
            newName = null;
            choose(made[0].id());
        }
    }

    public void save() {
        actions.run("bot", () -> bots.update(botId, new BotRequest(actions.required("name", name), welcome == null ? "" : welcome,
                actions.required("defaultReply", defaultReply), handoffKeywords, missLimit, synonyms == null ? "" : synonyms,
                repeatReply == null ? "" : repeatReply, timeoutReply == null ? "" : timeoutReply)),
                "console.saved");
    }

    public void delete() {
        if (actions.run(null, () -> bots.delete(botId), "console.deleted")) {
            List<BotView> left = bots.bots();
            choose(left.isEmpty() ? null : left.get(0).id());
        }
    }

    public void ask() {
        tried = null;
        actions.run("try", () -> tried = bots.ask(botId, actions.required("question", question), false), null);
    }

    public BotView getBot() {
        return botId == null ? null : bots.get(botId);
    }

    public Long getBotId() { return botId; }
    public void setBotId(Long v) { botId = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getWelcome() { return welcome; }
    public void setWelcome(String v) { welcome = v; }
    public String getDefaultReply() { return defaultReply; }
    public void setDefaultReply(String v) { defaultReply = v; }
    public String getHandoffKeywords() { return handoffKeywords; }
    public void setHandoffKeywords(String v) { handoffKeywords = v; }
    public int getMissLimit() { return missLimit; }
    public void setMissLimit(int v) { missLimit = v; }
    public String getRepeatReply() { return repeatReply; }
    public void setRepeatReply(String v) { repeatReply = v; }
    public String getTimeoutReply() { return timeoutReply; }
    public void setTimeoutReply(String v) { timeoutReply = v; }
    public String getSynonyms() { return synonyms; }
    public void setSynonyms(String v) { synonyms = v; }
    public String getQuestion() { return question; }
    public void setQuestion(String v) { question = v; }
    public MatchView getTried() { return tried; }
}
