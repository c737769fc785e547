package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.contact.Contact;
import io.switchboard.domain.model.contact.ContactLink;
import io.switchboard.domain.model.contact.ContactRepository;
import io.switchboard.domain.model.contact.VisitorTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaContactRepository implements ContactRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<VisitorTag> tags(String channel, String visitorId) {
        return em.createQuery("select t from VisitorTag t where t.channel = :c and t.visitorId = :v order by t.createdAt, t.id",
                VisitorTag.class).setParameter("c", channel).setParameter("v", visitorId).getResultList();
    }

    @Override
    public Optional<VisitorTag> findTag(String channel, String visitorId, String tag) {
        return em.createQuery("select t from VisitorTag t where t.channel = :c and t.visitorId = :v and t.tag = :t",
                VisitorTag.class).setParameter("c", channel).setParameter("v", visitorId).setParameter("t", tag)
                .getResultStream().findFirst();
    }

    @Override
    public void add(VisitorTag tag) {
        em.persist(tag);
    }

    @Override
    public void remove(VisitorTag tag) {
        em.remove(tag);
    }

    @Override
    public void add(Contact contact) {
        em.persist(contact);
    }

    @Override
    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    @Override
    public List<Contact> search(String query, int offset, int limit) {
        return where(Contact.class, "select c", query, " order by c.name, c.id")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private <T> TypedQuery<T> where(Class<T> type, String select, String query, String order) {
        boolean has = LikePattern.given(query);
        TypedQuery<T> q = em.createQuery(select + " from Contact c" + (has
                ? " where lower(c.name) like :q escape '!' or lower(c.phone) like :q escape '!'"
                        + " or lower(c.email) like :q escape '!' or lower(c.company) like :q escape '!'"
                : "") + order, type);
        if (has) {
            q.setParameter("q", LikePattern.contains(query));
        }
        return q;
    }

    @Override
    public Optional<ContactLink> linkOf(String channel, String visitorId) {
        return em.createQuery("select l from ContactLink l where l.channel = :c and l.visitorId = :v", ContactLink.class)
                .setParameter("c", channel).setParameter("v", visitorId).getResultStream().findFirst();
    }

    @Override
    public void add(ContactLink link) {
        em.persist(link);
    }
}
