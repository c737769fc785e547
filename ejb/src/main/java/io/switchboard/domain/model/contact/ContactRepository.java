package io.switchboard.domain.model.contact;

import java.util.List;
import java.util.Optional;

public interface ContactRepository {

    List<VisitorTag> tags(String channel, String visitorId);

    Optional<VisitorTag> findTag(String channel, String visitorId, String tag);

    void add(VisitorTag tag);

    void remove(VisitorTag tag);

    void add(Contact contact);

    Optional<Contact> find(long id);

    /** Contacts whose name, phone, e-mail or company contains {@code query} (null = all), by name. */
    List<Contact> search(String query, int offset, int limit);

    Optional<ContactLink> linkOf(String channel, String visitorId);

    void add(ContactLink link);
}
