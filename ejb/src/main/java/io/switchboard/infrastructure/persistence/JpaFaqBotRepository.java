package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.bot.FaqBot;
import io.switchboard.domain.model.bot.FaqBotRepository;
import io.switchboard.domain.model.bot.FaqMiss;
import io.switchboard.domain.model.bot.KnowledgeRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFaqBotRepository implements FaqBotRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(FaqBot bot) {
        em.persist(bot);
    }

    @Override
    public Optional<FaqBot> find(long id) {
        return em.createQuery("select b from FaqBot b where b.id = :id", FaqBot.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<FaqBot> lock(long id) {
        return em.createQuery("select b from FaqBot b where b.id = :id", FaqBot.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<FaqBot> findByName(String name) {
        return em.createQuery("select b from FaqBot b where b.name = :name", FaqBot.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<FaqBot> all() {
        return em.createQuery("select b from FaqBot b order by b.name, b.id", FaqBot.class).setMaxResults(500)
                .getResultList();
    }

    @Override
    public void remove(FaqBot bot) {
        em.createQuery("delete from KnowledgeRule r where r.botId = :id").setParameter("id", bot.getId()).executeUpdate();
        em.createQuery("delete from FaqMiss m where m.botId = :id").setParameter("id", bot.getId()).executeUpdate();
        em.remove(bot);
    }

    @Override
    public void addRule(KnowledgeRule rule) {
        em.persist(rule);
    }

    @Override
    public Optional<KnowledgeRule> rule(long botId, long ruleId) {
        return em.createQuery("select r from KnowledgeRule r where r.botId = :bot and r.id = :id", KnowledgeRule.class)
                .setParameter("bot", botId).setParameter("id", ruleId).getResultStream().findFirst();
    }

    @Override
    public List<KnowledgeRule> rules(long botId, String query, int offset, int limit) {
        return where(KnowledgeRule.class, "select r", botId, query, " order by r.id").setFirstResult(offset)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long countRules(long botId, String query) {
        return where(Long.class, "select count(r)", botId, query, "").getSingleResult();
    }

    private <T> TypedQuery<T> where(Class<T> type, String select, long botId, String query, String order) {
        boolean hasQuery = LikePattern.given(query);
        TypedQuery<T> q = em.createQuery(select + " from KnowledgeRule r where r.botId = :bot" + (hasQuery
                ? " and (lower(r.question) like :q escape '!' or lower(r.variants) like :q escape '!'"
                        + " or lower(r.answer) like :q escape '!')" : "") + order, type);
        q.setParameter("bot", botId);
        if (hasQuery) {
            q.setParameter("q", LikePattern.contains(query));
        }
        return q;
    }

    @Override
    public void removeRule(KnowledgeRule rule) {
        em.remove(rule);
    }

    @Override
    public void addMiss(FaqMiss miss) {
        em.persist(miss);
    }

    @Override
    public List<FaqMiss> misses(long botId, int offset, int limit) {
        return em.createQuery("select m from FaqMiss m where m.botId = :bot order by m.askedAt desc, m.id desc",
                FaqMiss.class).setParameter("bot", botId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<FaqMiss> missesSince(long botId, java.time.Instant since, int limit) {
        return em.createQuery("select m from FaqMiss m where m.botId = :bot and m.askedAt >= :since"
                        + " order by m.askedAt desc, m.id desc", FaqMiss.class)
                .setParameter("bot", botId).setParameter("since", since).setMaxResults(limit).getResultList();
    }

    @Override
    public int removeMisses(long botId, java.util.Collection<String> questions) {
        if (questions.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from FaqMiss m where m.botId = :bot and m.question in :questions")
                .setParameter("bot", botId).setParameter("questions", questions).executeUpdate();
    }

    @Override
    public void addPick(io.switchboard.domain.model.bot.AssistPick pick) {
        em.persist(pick);
    }

    @Override
    public List<io.switchboard.domain.model.bot.AssistPick> picks(int limit) {
        return em.createQuery("select p from AssistPick p order by p.pickedAt desc, p.id desc",
                io.switchboard.domain.model.bot.AssistPick.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<KnowledgeRule> hotRules(long botId, int limit) {
        return em.createQuery("select r from KnowledgeRule r where r.botId = :bot and r.hot = true order by r.id",
                KnowledgeRule.class).setParameter("bot", botId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<KnowledgeRule> allRules(long botId, int limit) {
        return em.createQuery("select r from KnowledgeRule r where r.botId = :bot order by r.id", KnowledgeRule.class)
                .setParameter("bot", botId).setMaxResults(limit).getResultList();
    }
}
