package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Quick replies (快捷回复, AG-2 / AD-3) of the caller's tenant. Public ones ({@code agentId} null) are kept by
 * admins; every agent keeps private ones of their own. An agent sees both.
 */
public interface QuickReplyService {

    record QuickReplyView(long id, Long categoryId, String categoryName, boolean shared, Long ownerAgentId,
            String title, String body, Instant createdAt) implements Serializable {
    }

    record CategoryView(long id, boolean shared, Long ownerAgentId, String name, int sortOrder) {
    }

    /** What {@code agentId} sees (null = public only) matching {@code query} in title or text, public first. */
    List<QuickReplyView> search(Long agentId, @Size(max = 100) String query, Long categoryId,
            @Min(0) int offset, @Min(1) @Max(500) int limit);

    long count(Long agentId, @Size(max = 100) String query, Long categoryId);

    /** Adds a public reply ({@code ownerAgentId} null) or an agent's private one. */
    QuickReplyView add(Long ownerAgentId, Long categoryId, @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 2000) String body);

    /**
     * Changes a reply; {@code byAgentId} null = as an admin (any reply), else only the agent's own.
     *
     * @throws ForbiddenException when an agent changes a public reply or another agent's
     */
    QuickReplyView change(long id, Long byAgentId, Long categoryId, @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 2000) String body);

    /** Same rule as {@link #change}. */
    void remove(long id, Long byAgentId);

    List<CategoryView> categories(Long agentId);

    CategoryView addCategory(Long ownerAgentId, @NotBlank @Size(max = 60) String name, int sortOrder);

    /** Deletes the category; its replies stay, without category. Same ownership rule as {@link #change}. */
    void removeCategory(long id, Long byAgentId);

    /**
     * Batch import of public replies (AD-3) from CSV or XLSX with the columns 分类/category, 标题/title, 内容/body;
     * missing public categories are made. All or nothing, see {@link ImportReport}.
     */
    ImportReport importPublic(@jakarta.validation.constraints.NotNull @Size(max = 5_000_000) byte[] content);

    /** Every public reply in the import columns. */
    byte[] exportPublic(boolean xlsx);
}
