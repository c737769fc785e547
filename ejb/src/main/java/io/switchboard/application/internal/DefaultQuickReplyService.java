package io.switchboard.application.internal;

import io.switchboard.application.ForbiddenException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.QuickReplyService;
import io.switchboard.domain.model.quickreply.QuickReply;
import io.switchboard.domain.model.quickreply.QuickReplyCategory;
import io.switchboard.domain.model.quickreply.QuickReplyRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

@Stateless
public class DefaultQuickReplyService implements QuickReplyService {

    @Inject
    QuickReplyRepository replies;
    @Inject
    Clock clock;

    @Override
    public List<QuickReplyView> search(Long agentId, String query, Long categoryId, int offset, int limit) {
        Map<Long, String> names = replies.categories(agentId).stream()
                .collect(Collectors.toMap(QuickReplyCategory::getId, QuickReplyCategory::getName));
        return replies.search(agentId, query, categoryId, offset, limit).stream().map(r -> view(r, names)).toList();
    }

    @Override
    public long count(Long agentId, String query, Long categoryId) {
        return replies.count(agentId, query, categoryId);
    }

    @Override
    public QuickReplyView add(Long ownerAgentId, Long categoryId, String title, String body) {
        QuickReplyCategory category = usableCategory(categoryId, ownerAgentId);
        QuickReply r = new QuickReply(ownerAgentId, categoryId, title, body, clock.instant());
        replies.add(r);
        return view(r, category);
    }

    @Override
    public QuickReplyView change(long id, Long byAgentId, Long categoryId, String title, String body) {
        QuickReply r = owned(id, byAgentId);
        QuickReplyCategory category = usableCategory(categoryId, r.getOwnerAgentId());
        r.change(categoryId, title, body);
        return view(r, category);
    }

    @Override
    public void remove(long id, Long byAgentId) {
        replies.remove(owned(id, byAgentId));
    }

    @Override
    public List<CategoryView> categories(Long agentId) {
        return replies.categories(agentId).stream().map(DefaultQuickReplyService::view).toList();
    }

    @Override
    public CategoryView addCategory(Long ownerAgentId, String name, int sortOrder) {
        QuickReplyCategory c = new QuickReplyCategory(ownerAgentId, name, sortOrder);
        replies.add(c);
        return view(c);
    }

    @Override
    public void removeCategory(long id, Long byAgentId) {
        QuickReplyCategory c = replies.findCategory(id)
                .orElseThrow(() -> new NotFoundException("quick reply category " + id + " not found"));
        if (byAgentId != null && !Objects.equals(c.getOwnerAgentId(), byAgentId)) {
            throw new ForbiddenException("quick reply category " + id + " is not yours to change");
        }
        replies.remove(c);
    }

    private QuickReply owned(long id, Long byAgentId) {
        QuickReply r = replies.find(id).orElseThrow(() -> new NotFoundException("quick reply " + id + " not found"));
        if (byAgentId != null && !Objects.equals(r.getOwnerAgentId(), byAgentId)) {
            if (!r.visibleTo(byAgentId)) {
                throw new NotFoundException("quick reply " + id + " not found"); // another agent's own: not even seen
            }
            throw new ForbiddenException("quick reply " + id + " is public: only an administrator changes it");
        }
        return r;
    }

    /** A public reply goes into a public category, a private one into a public one or the owner's own. */
    private QuickReplyCategory usableCategory(Long categoryId, Long ownerAgentId) {
        if (categoryId == null) {
            return null;
        }
        QuickReplyCategory c = replies.findCategory(categoryId)
                .filter(x -> ownerAgentId == null ? x.isPublic() : x.visibleTo(ownerAgentId))
                .orElseThrow(() -> new IllegalArgumentException("categoryId: no such category " + categoryId
                        + (ownerAgentId == null ? " among the public ones" : "")));
        return c;
    }

    private static QuickReplyView view(QuickReply r, QuickReplyCategory c) {
        return new QuickReplyView(r.getId(), r.getCategoryId(), c == null ? null : c.getName(), r.isPublic(),
                r.getOwnerAgentId(), r.getTitle(), r.getBody(), r.getCreatedAt());
    }

    private static QuickReplyView view(QuickReply r, Map<Long, String> names) {
        return new QuickReplyView(r.getId(), r.getCategoryId(), r.getCategoryId() == null ? null : names.get(r.getCategoryId()),
                r.isPublic(), r.getOwnerAgentId(), r.getTitle(), r.getBody(), r.getCreatedAt());
    }

    private static CategoryView view(QuickReplyCategory c) {
        return new CategoryView(c.getId(), c.isPublic(), c.getOwnerAgentId(), c.getName(), c.getSortOrder());
    }

}
