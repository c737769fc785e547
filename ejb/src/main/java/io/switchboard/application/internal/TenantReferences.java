package io.switchboard.application.internal;

import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Resolves ids that a request names in its fields (an agent, an account, a skill group) within the caller's
 * tenant, before anything is stored. Entities are tenant-filtered when loaded, but many rows keep such ids as plain
 * number columns (a reply's owner, who processed a left message, a routing rule's group) that nothing checks: an
 * API key of tenant A could write tenant B's ids into A's rows, or find out which ids exist in B from the errors.
 * Here an id of another tenant and an id that does not exist get the same 404, naming the field.
 */
@ApplicationScoped
class TenantReferences {

    @Inject
    UserAccountRepository accounts;
    @Inject
    SkillGroupRepository groups;

    /** A staff member (any role: every account has a seat) of the caller's tenant. */
    UserAccount staff(String field, long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException(field, "no staff member with id " + id)
                .coded("staff.notFound", id));
    }

    /** The id itself when it names a staff member of the tenant; null stays null ("none"). */
    Long optionalStaff(String field, Long id) {
        return id == null ? null : staff(field, id).getId();
    }

    SkillGroup group(String field, long id) {
        return groups.find(id).orElseThrow(() -> new NotFoundException(field, "no skill group with id " + id)
                .coded("skillGroup.notFound", id));
    }
}
