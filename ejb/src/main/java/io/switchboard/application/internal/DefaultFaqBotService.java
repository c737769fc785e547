package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.FaqBotService;
import io.switchboard.application.ImportReport;
import io.switchboard.application.ImportReport.RowError;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.bot.FaqAnswer;
import io.switchboard.domain.model.bot.FaqBot;
import io.switchboard.domain.model.bot.FaqBotRepository;
import io.switchboard.domain.model.bot.FaqMatcher;
import io.switchboard.domain.model.bot.FaqMiss;
import io.switchboard.domain.model.bot.FaqRule;
import io.switchboard.domain.model.bot.MissGroups;
import io.switchboard.domain.model.bot.KnowledgeRule;
import io.switchboard.infrastructure.sheet.Spreadsheets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Stateless
public class DefaultFaqBotService implements FaqBotService {

    private static final String[] QUESTION = {"问题", "question"};
    private static final String[] VARIANTS = {"相似问法", "variants"};
    private static final String[] ANSWER = {"答案", "answer"};
    private static final String[] FOLLOW_UPS = {"追问", "followUps"};
    private static final String[] IMAGE = {"图片", "imageUrl"};
    private static final String[] HOT = {"热门", "hot"};

    @Inject
    FaqBotRepository bots;
    @Inject
    FaqMatchers matchers;
    @Inject
    Clock clock;

    @Override
    public List<BotView> bots() {
        return bots.all().stream().map(this::view).toList();
    }

    @Override
    public BotView get(long id) {
        return view(bot(id));
    }

    @Override
    public BotView create(BotRequest r) {
        requireFreeName(r.name(), null);
        FaqBot bot = new FaqBot(r.name(), clock.instant());
        configure(bot, r);
        bots.add(bot);
        return view(bot);
    }

    @Override
    public BotView update(long id, BotRequest r) {
        FaqBot bot = locked(id);
        if (r.name() != null && !r.name().isBlank()) {
            requireFreeName(r.name(), id);
            bot.rename(r.name());
        }
        configure(bot, r);
        return view(bot);
    }

    private static void configure(FaqBot bot, BotRequest r) {
        bot.configure(r.welcome() == null ? bot.getWelcome() : r.welcome(),
                blank(r.defaultReply()) ? bot.getDefaultReply() : r.defaultReply(),
                blank(r.handoffKeywords()) ? bot.getHandoffKeywords() : r.handoffKeywords(),
                r.missLimit() == null ? bot.getMissLimit() : r.missLimit(),
                r.synonyms() == null ? bot.getSynonyms() : r.synonyms());
        bot.replies(r.repeatReply() == null ? bot.getRepeatReply() : r.repeatReply(),
                r.timeoutReply() == null ? bot.getTimeoutReply() : r.timeoutReply());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void requireFreeName(String name, Long self) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a bot's name is 1 to " + FaqBot.MAX_NAME + " characters");
        }
        bots.findByName(name.strip()).filter(b -> !b.getId().equals(self)).ifPresent(b -> {
            throw new ConflictException("name", "a bot named '" + name.strip() + "' exists").coded("bot.nameTaken", name.strip());
        });
    }

    @Override
    public void delete(long id) {
        bots.remove(locked(id));
    }

    @Override
    public RulePage rules(long botId, String query, int offset, int limit) {
        bot(botId);
        return new RulePage(bots.rules(botId, query, offset, limit).stream().map(DefaultFaqBotService::view).toList(),
                bots.countRules(botId, query));
    }

    @Override
    public RuleView addRule(long botId, RuleRequest r) {
        FaqBot bot = locked(botId);
        if (bots.countRules(botId, null) >= MAX_RULES) {
            throw new ConflictException("a bot has at most " + MAX_RULES + " rules").coded("bot.tooManyRules", MAX_RULES);
        }
        KnowledgeRule rule = new KnowledgeRule(botId, r.question(), r.variants(), r.answer(), clock.instant());
        rule.markHot(Boolean.TRUE.equals(r.hot()));
        rule.present(r.followUps(), r.imageUrl());
        bots.addRule(rule);
        bot.rulesChanged();
        return view(rule);
    }

    @Override
    public RuleView updateRule(long botId, long ruleId, RuleRequest r) {
        FaqBot bot = locked(botId);
        KnowledgeRule rule = rule(botId, ruleId);
        rule.change(r.question(), r.variants(), r.answer(), clock.instant());
        if (r.hot() != null) {
            rule.markHot(r.hot());
        }
        rule.present(r.followUps() == null ? rule.followUpList() : r.followUps(),
                r.imageUrl() == null ? rule.getImageUrl() : r.imageUrl());
        bot.rulesChanged();
        return view(rule);
    }

    @Override
    public void deleteRule(long botId, long ruleId) {
        FaqBot bot = locked(botId);
        bots.removeRule(rule(botId, ruleId));
        bot.rulesChanged();
    }

    @Override
    public ImportReport importRules(long botId, byte[] content) {
        FaqBot bot = locked(botId);
        Spreadsheets.Table table;
        try {
            table = Spreadsheets.read(content);
        } catch (IllegalArgumentException e) {
            return new ImportReport(0, 0, List.of(new RowError(1, "", e.getMessage(), "import.unreadable")));
        }
        List<RowError> errors = new ArrayList<>();
        if (!table.hasHeader(QUESTION) || !table.hasHeader(ANSWER)) {
            errors.add(new RowError(1, QUESTION[0] + "/" + ANSWER[0],
                    "the columns 问题 (question) and 答案 (answer) are required", "import.missingColumn"));
            return new ImportReport(table.rows().size(), 0, errors);
        }
        if (table.rows().isEmpty()) {
            errors.add(new RowError(2, "", "the file has no rows under the header", "import.noRows"));
        }
        if (bots.countRules(botId, null) + table.rows().size() > MAX_RULES) {
            errors.add(RowError.coded(1, "", "a bot has at most " + MAX_RULES + " rules", "bot.tooManyRules", MAX_RULES));
        }
        List<KnowledgeRule> made = new ArrayList<>();
        for (Spreadsheets.Row row : table.rows()) {
            try {
                KnowledgeRule rule = new KnowledgeRule(botId, row.get(QUESTION), variants(row.get(VARIANTS)),
                        row.get(ANSWER), clock.instant());
                String image = row.get(IMAGE);
                rule.present(variants(row.get(FOLLOW_UPS)), image == null || image.isBlank() ? null : image.strip());
                rule.markHot(isYes(row.get(HOT)));
                made.add(rule);
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                String column = message.startsWith("answer") ? ANSWER[0] : message.startsWith("variants") ? VARIANTS[0]
                        : message.startsWith("followUps") ? FOLLOW_UPS[0] : message.startsWith("imageUrl") ? IMAGE[0]
                        : QUESTION[0];
                errors.add(new RowError(row.number(), column, message, "import.invalidValue"));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(table.rows().size(), 0, errors);
        }
        made.forEach(bots::addRule);
        bot.rulesChanged();
        return new ImportReport(table.rows().size(), made.size(), List.of());
    }

    /** A 热门 cell: 是 / yes / true / 1 (any case) marks the rule hot; anything else, or no column, does not. */
    private static boolean isYes(String cell) {
        return cell != null && Set.of("是", "yes", "true", "1", "y").contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    private static List<String> variants(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.split("[|\\n]"));
    }

    @Override
    public byte[] exportRules(long botId, boolean xlsx) {
        bot(botId);
        List<List<String>> rows = bots.allRules(botId, MAX_RULES).stream()
                .map(r -> List.of(r.getQuestion(), String.join("|", r.variantList()), r.getAnswer(),
                        String.join("|", r.followUpList()), r.getImageUrl() == null ? "" : r.getImageUrl(),
                        r.isHot() ? "是" : ""))
                .toList();
        return Spreadsheets.write(xlsx ? Spreadsheets.Format.XLSX : Spreadsheets.Format.CSV,
                List.of(QUESTION[0], VARIANTS[0], ANSWER[0], FOLLOW_UPS[0], IMAGE[0], HOT[0]), rows);
    }

    @Override
    public MatchView ask(long botId, String question, boolean recordMiss) {
        FaqAnswer answer = matchers.of(bot(botId)).match(question);
        if (answer instanceof FaqAnswer.Answered a) {
            return new MatchView("ANSWERED", a.confidence(), List.of(view(a.rule())));
        }
        if (answer instanceof FaqAnswer.Suggested s) {
            return new MatchView("SUGGESTED", s.confidence(), s.rules().stream().map(DefaultFaqBotService::view).toList());
        }
        if (recordMiss) {
            bots.addMiss(new FaqMiss(botId, question.strip(), null, clock.instant()));
        }
        return new MatchView("MISSED", 0, List.of());
    }

    @Override
    public List<MissView> misses(long botId, int offset, int limit) {
        bot(botId);
        return bots.misses(botId, offset, limit).stream()
                .map(m -> new MissView(m.getQuestion(), m.getConversationId(), m.getAskedAt())).toList();
    }

    @Override
    public MissGroupPage missGroups(long botId, int days, int offset, int limit) {
        if (days < 1 || days > 90) {
            throw new InvalidFieldException("days", "1 to 90").coded("bot.days");
        }
        FaqMatcher matcher = matchers.of(bot(botId));
        List<FaqMiss> misses = bots.missesSince(botId, clock.instant().minus(Duration.ofDays(days)), MINED_MISSES);
        List<MissGroups.Group> groups = MissGroups.of(misses, matcher::words);
        List<MissGroupView> page = groups.stream().skip(offset).limit(limit).map(g -> {
            List<FaqMatcher.Scored> closest = matcher.ranked(g.question(), 1);
            List<AskedView> asked = g.questions().stream().map(a -> new AskedView(a.question(), a.count(), a.lastSeen()))
                    .toList();
            return closest.isEmpty()
                    ? new MissGroupView(g.question(), g.count(), g.lastSeen(), asked, null, 0)
                    : new MissGroupView(g.question(), g.count(), g.lastSeen(), asked, view(closest.get(0).rule()),
                            closest.get(0).confidence());
        }).toList();
        return new MissGroupPage(page, groups.size(), misses.size());
    }

    @Override
    public RuleView learn(long botId, LearnRequest r) {
        List<String> questions = questions(r.questions());
        FaqBot bot = locked(botId);
        KnowledgeRule rule;
        if (r.ruleId() != null) {
            rule = rule(botId, r.ruleId());
            List<String> variants = new ArrayList<>(rule.variantList());
            String question = rule.getQuestion();
            questions.stream().filter(q -> !q.equals(question)).forEach(variants::add);
            rule.change(question, variants, rule.getAnswer(), clock.instant());
        } else {
            if (blank(r.answer())) {
                throw new InvalidFieldException("answer", "a new rule needs an answer (or name a ruleId)")
                        .coded("bot.learnAnswer");
            }
            if (bots.countRules(botId, null) >= MAX_RULES) {
                throw new ConflictException("a bot has at most " + MAX_RULES + " rules").coded("bot.tooManyRules", MAX_RULES);
            }
            rule = new KnowledgeRule(botId, questions.get(0), questions.subList(1, questions.size()), r.answer(),
                    clock.instant());
            bots.addRule(rule);
        }
        bots.removeMisses(botId, questions);
        bot.rulesChanged();
        return view(rule);
    }

    @Override
    public int dismiss(long botId, List<String> questions) {
        locked(botId);
        return bots.removeMisses(botId, questions(questions));
    }

    private static List<String> questions(List<String> given) {
        List<String> questions = given == null ? List.of() : given.stream().filter(q -> q != null && !q.isBlank())
                .map(String::strip).distinct().toList();
        if (questions.isEmpty() || questions.size() > KnowledgeRule.MAX_VARIANTS + 1) {
            throw new InvalidFieldException("questions", "1 to " + (KnowledgeRule.MAX_VARIANTS + 1) + " questions")
                    .coded("bot.questions", KnowledgeRule.MAX_VARIANTS + 1);
        }
        return questions;
    }

    private FaqBot bot(long id) {
        return bots.find(id).orElseThrow(() -> new NotFoundException("bot " + id + " not found").coded("bot.notFound", id));
    }

    private FaqBot locked(long id) {
        return bots.lock(id).orElseThrow(() -> new NotFoundException("bot " + id + " not found").coded("bot.notFound", id));
    }

    private KnowledgeRule rule(long botId, long ruleId) {
        return bots.rule(botId, ruleId).orElseThrow(() -> new NotFoundException("rule " + ruleId + " of bot " + botId
                + " not found").coded("bot.ruleNotFound", ruleId, botId));
    }

    private BotView view(FaqBot b) {
        return new BotView(b.getId(), b.getName(), b.getWelcome(), b.getDefaultReply(), b.getHandoffKeywords(),
                b.getMissLimit(), b.getSynonyms(), bots.countRules(b.getId(), null), b.getRepeatReply(),
                b.getTimeoutReply());
    }

    private static RuleView view(KnowledgeRule r) {
        return new RuleView(r.getId(), r.getQuestion(), r.variantList(), r.getAnswer(), r.isHot(), r.followUpList(),
                r.getImageUrl());
    }

    private static RuleView view(FaqRule r) {
        return new RuleView(r.id(), r.question(), r.variants(), r.answer(), null, r.followUps(), r.imageUrl());
    }
}
