package io.switchboard.application.internal;

import io.switchboard.application.ContactService;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.contact.Contact;
import io.switchboard.domain.model.contact.ContactLink;
import io.switchboard.domain.model.contact.ContactRepository;
import io.switchboard.domain.model.contact.VisitorTag;
import io.switchboard.domain.model.report.custom.SessionCubeRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultContactService implements ContactService {

    static final int MAX_TAGS_PER_VISITOR = 20;

    @Inject
    ContactRepository contacts;
    @Inject
    Clock clock;
    /** The custom reports' sealed days count the visitors' tags: a change opens the visitor's days again. */
    @Inject
    SessionCubeRepository cube;

    @Override
    public List<String> tags(String channel, String visitorId) {
        return contacts.tags(channel, visitorId).stream().map(VisitorTag::getTag).toList();
    }

    @Override
    public List<String> tag(String channel, String visitorId, String tag) {
        String t = VisitorTag.normalize(tag);
        if (contacts.findTag(channel, visitorId, t).isEmpty()) {
            if (contacts.tags(channel, visitorId).size() >= MAX_TAGS_PER_VISITOR) {
                throw new IllegalArgumentException("tag: a visitor has at most " + MAX_TAGS_PER_VISITOR + " tags");
            }
            contacts.add(new VisitorTag(channel, visitorId, t, clock.instant()));
            cube.retagged(channel, visitorId, clock.instant());
        }
        return tags(channel, visitorId);
    }

    @Override
    public List<String> untag(String channel, String visitorId, String tag) {
        contacts.findTag(channel, visitorId, VisitorTag.normalize(tag)).ifPresent(t -> {
            contacts.remove(t);
            cube.retagged(channel, visitorId, clock.instant());
        });
        return tags(channel, visitorId);
    }

    @Override
    public ContactView create(String channel, String visitorId, String name, String phone, String email,
            String company, String note, Long createdBy) {
        Contact c = new Contact(name, phone, email, company, note, createdBy, clock.instant());
        contacts.add(c);
        linkTo(channel, visitorId, c);
        return view(c);
    }

    @Override
    public ContactView link(String channel, String visitorId, long contactId) {
        Contact c = contacts.find(contactId)
                .orElseThrow(() -> new NotFoundException("contactId", "contact " + contactId + " not found")
                        .coded("contact.notFound", contactId));
        linkTo(channel, visitorId, c);
        return view(c);
    }

    private void linkTo(String channel, String visitorId, Contact c) {
        Optional<ContactLink> link = contacts.linkOf(channel, visitorId);
        if (link.isPresent()) {
            link.get().relink(c.getId(), clock.instant());
        } else {
            contacts.add(new ContactLink(channel, visitorId, c.getId(), clock.instant()));
        }
    }

    @Override
    public Optional<ContactView> contactOf(String channel, String visitorId) {
        return contacts.linkOf(channel, visitorId).flatMap(l -> contacts.find(l.getContactId())).map(DefaultContactService::view);
    }

    @Override
    public List<ContactView> search(String query, int offset, int limit) {
        return contacts.search(query, offset, limit).stream().map(DefaultContactService::view).toList();
    }

    static ContactView view(Contact c) {
        return new ContactView(c.getId(), c.getName(), c.getPhone(), c.getEmail(), c.getCompany(), c.getNote(),
                c.getCreatedAt());
    }
}
