package io.switchboard.application.internal;

import io.switchboard.application.ForbiddenException;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.QuickReplyService;
import io.switchboard.domain.model.quickreply.QuickReply;
import io.switchboard.domain.model.quickreply.QuickReplyCategory;
import io.switchboard.domain.model.quickreply.QuickReplyRepository;
import io.switchboard.application.ImportReport;
import io.switchboard.application.ImportReport.RowError;
import io.switchboard.infrastructure.sheet.Spreadsheets;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.HashMap;
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
    @Inject
    AuditTrail audit;
    @Inject
    TenantReferences references;

    private static final String[] CATEGORY = {"分类", "category"};
    private static final String[] TITLE = {"标题", "title"};
    private static final String[] BODY = {"内容", "body"};

    @Override
    public List<QuickReplyView> search(Long agentId, String query, Long categoryId, int offset, int limit) {
        references.optionalStaff("agentId", agentId);
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
        references.optionalStaff("agentId", ownerAgentId);
        requireText(title, body);
        QuickReplyCategory category = usableCategory(categoryId, ownerAgentId);
        QuickReply r = new QuickReply(ownerAgentId, categoryId, title, body, clock.instant());
        replies.add(r);
        QuickReplyView view = view(r, category);
        if (ownerAgentId == null) {
            audit.record("quick-reply.add", "quick-reply", r.getId(), null, view);
        }
        return view;
    }

    @Override
    public QuickReplyView change(long id, Long byAgentId, Long categoryId, String title, String body) {
        references.optionalStaff("agentId", byAgentId);
        requireText(title, body);
        QuickReply r = owned(id, byAgentId);
        QuickReplyCategory category = usableCategory(categoryId, r.getOwnerAgentId());
        QuickReplyView before = r.isPublic() ? view(r, categoryOf(r)) : null;
        r.change(categoryId, title, body);
        QuickReplyView after = view(r, category);
        if (before != null) {
            audit.record("quick-reply.change", "quick-reply", id, before, after);
        }
        return after;
    }

    @Override
    public void remove(long id, Long byAgentId) {
        references.optionalStaff("agentId", byAgentId);
        QuickReply r = owned(id, byAgentId);
        if (r.isPublic()) {
            audit.record("quick-reply.remove", "quick-reply", id, view(r, categoryOf(r)), null);
        }
        replies.remove(r);
    }

    @Override
    public List<CategoryView> categories(Long agentId) {
        references.optionalStaff("agentId", agentId);
        return replies.categories(agentId).stream().map(DefaultQuickReplyService::view).toList();
    }

    @Override
    public CategoryView addCategory(Long ownerAgentId, String name, int sortOrder) {
        references.optionalStaff("agentId", ownerAgentId);
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new InvalidFieldException("name", "must not be blank and at most 60 characters")
                    .coded("quickReply.categoryName", 60);
        }
        QuickReplyCategory c = new QuickReplyCategory(ownerAgentId, name, sortOrder);
        replies.add(c);
        if (ownerAgentId == null) {
            audit.record("quick-reply-category.add", "quick-reply-category", c.getId(), null, view(c));
        }
        return view(c);
    }

    @Override
    public void removeCategory(long id, Long byAgentId) {
        references.optionalStaff("agentId", byAgentId);
        QuickReplyCategory c = replies.findCategory(id)
                .orElseThrow(() -> new NotFoundException("quick reply category " + id + " not found")
                        .coded("quickReply.categoryNotFound", id));
        if (byAgentId != null && !Objects.equals(c.getOwnerAgentId(), byAgentId)) {
            throw new ForbiddenException("quick reply category " + id + " is not yours to change")
                    .coded("quickReply.categoryNotYours", id);
        }
        if (c.isPublic()) {
            audit.record("quick-reply-category.remove", "quick-reply-category", id, view(c), null);
        }
        replies.remove(c);
    }

    /** The lengths of the columns, checked here too: the console and the workbench call this service directly. */
    private static void requireText(String title, String body) {
        if (title == null || title.isBlank() || title.strip().length() > 100) {
            throw new InvalidFieldException("title", "must not be blank and at most 100 characters")
                    .coded("quickReply.title", 100);
        }
        if (body == null || body.isBlank() || body.strip().length() > 2000) {
            throw new InvalidFieldException("body", "must not be blank and at most 2000 characters")
                    .coded("quickReply.body", 2000);
        }
    }

    private QuickReplyCategory categoryOf(QuickReply r) {
        return r.getCategoryId() == null ? null : replies.findCategory(r.getCategoryId()).orElse(null);
    }

    private QuickReply owned(long id, Long byAgentId) {
        QuickReply r = replies.find(id).orElseThrow(() -> new NotFoundException("quick reply " + id + " not found")
                .coded("quickReply.notFound", id));
        if (byAgentId != null && !Objects.equals(r.getOwnerAgentId(), byAgentId)) {
            if (!r.visibleTo(byAgentId)) {
                // another agent's own: not even seen
                throw new NotFoundException("quick reply " + id + " not found").coded("quickReply.notFound", id);
            }
            throw new ForbiddenException("quick reply " + id + " is public: only an administrator changes it")
                    .coded("quickReply.publicReadOnly", id);
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
                .orElseThrow(() -> new InvalidFieldException("categoryId", "no such category " + categoryId
                        + (ownerAgentId == null ? " among the public ones" : ""))
                        .coded("quickReply.noSuchCategory", categoryId));
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


    @Override
    public ImportReport importPublic(byte[] content) {
        Spreadsheets.Table table;
        try {
            table = Spreadsheets.read(content);
        } catch (IllegalArgumentException e) {
            return new ImportReport(0, 0, List.of(new RowError(1, "", e.getMessage(), "import.unreadable")));
        }
        List<RowError> errors = new ArrayList<>();
        if (!table.hasHeader(TITLE) || !table.hasHeader(BODY)) {
            errors.add(new RowError(1, TITLE[0] + "/" + BODY[0], "the columns 标题 (title) and 内容 (body) are required",
                    "import.missingColumn"));
            return new ImportReport(table.rows().size(), 0, errors);
        }
        for (Spreadsheets.Row row : table.rows()) {
            check(row, "category", CATEGORY, 60, false, errors);
            check(row, "title", TITLE, 100, true, errors);
            check(row, "body", BODY, 2000, true, errors);
        }
        if (table.rows().isEmpty()) {
            errors.add(new RowError(2, "", "the file has no rows under the header", "import.noRows"));
        }
        if (!errors.isEmpty()) {
            return new ImportReport(table.rows().size(), 0, errors);
        }
        Map<String, QuickReplyCategory> byName = new HashMap<>();
        replies.categories(null).stream().filter(QuickReplyCategory::isPublic).forEach(c -> byName.putIfAbsent(c.getName(), c));
        for (Spreadsheets.Row row : table.rows()) {
            String name = row.get(CATEGORY);
            Long categoryId = null;
            if (!name.isEmpty()) {
                QuickReplyCategory c = byName.computeIfAbsent(name, n -> {
                    QuickReplyCategory made = new QuickReplyCategory(null, n, byName.size());
                    replies.add(made);
                    return made;
                });
                categoryId = c.getId();
            }
            replies.add(new QuickReply(null, categoryId, row.get(TITLE), row.get(BODY), clock.instant()));
        }
        audit.record("quick-reply.import", "quick-reply", null, null, table.rows().size() + " public replies imported");
        return new ImportReport(table.rows().size(), table.rows().size(), List.of());
    }

    private static void check(Spreadsheets.Row row, String field, String[] column, int max, boolean required,
                              List<RowError> errors) {
        String value = row.get(column);
        if (required && value.isEmpty()) {
            errors.add(new RowError(row.number(), column[0], "must not be blank", "validation.NotBlank"));
        } else if (value.length() > max) {
            errors.add(RowError.coded(row.number(), column[0], "at most " + max + " characters (" + field + ")",
                    "validation.Size", 1, max));
        }
    }

    @Override
    public byte[] exportPublic(boolean xlsx) {
        Map<Long, String> names = replies.categories(null).stream()
                .collect(Collectors.toMap(QuickReplyCategory::getId, QuickReplyCategory::getName));
        List<List<String>> rows = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<QuickReply> page = replies.search(null, null, null, offset, 500);
            page.forEach(r -> rows.add(java.util.Arrays.asList(
                    r.getCategoryId() == null ? "" : names.getOrDefault(r.getCategoryId(), ""), r.getTitle(), r.getBody())));
            if (page.size() < 500) {
                break;
            }
        }
        return Spreadsheets.write(xlsx ? Spreadsheets.Format.XLSX : Spreadsheets.Format.CSV,
                List.of(CATEGORY[0], TITLE[0], BODY[0]), rows);
    }
}
