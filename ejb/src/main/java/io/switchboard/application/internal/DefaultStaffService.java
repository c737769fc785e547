package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.ImportReport;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.StaffService;
import io.switchboard.application.WeakPasswordException;
import io.switchboard.domain.model.account.PasswordHasher;
import io.switchboard.domain.model.account.Role;
import io.switchboard.domain.model.account.StaffProfile;
import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.routing.RoutingSettingsRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.domain.model.skillgroup.GroupMember;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import io.switchboard.application.StaffSessionsEnded;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
public class DefaultStaffService implements StaffService {

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    LookupCache lookups;
    @Inject
    Event<StaffSessionsEnded> sessionsEnded;
    @Inject
    UserAccountRepository accounts;
    @Inject
    AgentSeatRepository seats;
    @Inject
    SkillGroupRepository groups;
    @Inject
    ConversationRepository conversations;
    @Inject
    RoutingDesk desk;
    @Inject
    RoutingSettingsRepository settings;
    @Inject
    TenantSetup setup;
    @Inject
    TenantContext tenant;
    @Inject
    AuditTrail audit;
    @Inject
    Validator validator;
    @Inject
    StaffSheets sheets;

    @Override
    public List<StaffView> search(StaffQuery query, int offset, int limit) {
        List<UserAccount> found = accounts.search(filter(query), offset, limit);
        return views(found);
    }

    @Override
    public long count(StaffQuery query) {
        return accounts.count(filter(query));
    }

    private static UserAccountRepository.Filter filter(StaffQuery q) {
        StaffQuery query = q == null ? StaffQuery.all() : q;
        Role role = query.role() == null || query.role().isBlank() ? null : StaffSheets.parseRole(query.role());
        return new UserAccountRepository.Filter(query.employeeNo(), query.name(), query.email(), query.mobile(),
                query.skillGroupId(), role);
    }

    @Override
    public StaffView get(long id) {
        return views(List.of(account(id))).get(0);
    }

    private UserAccount account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("no staff member with id " + id)
                .coded("staff.notFound", id));
    }

    @Override
    public StaffView create(String username, String password, StaffForm form) {
        requireValid(form);
        RoutingSettings s = desk.lock();
        UserAccount account = add(username, password, form, s);
        StaffView view = get(account.getId());
        audit.record("agent.create", "agent", account.getId(), null, view);
        return view;
    }

    /** Every check comes before the first write (the account, which checks login name and password). */
    private UserAccount add(String username, String password, StaffForm form, RoutingSettings s) {
        requireFreeEmployeeNo(form.profile().employeeNo(), null);
        Map<Long, SkillGroup> byId = requireGroups(form.skillGroupIds());
        UserAccount account = setup.createAccount(tenant.requireTenant(), "username", username,
                form.profile().fullName().trim(), form.role(), "password", password);
        account.updateProfile(form.profile());
        AgentSeat seat = seats.find(account.getId()).orElseThrow();
        seat.rename(account.getDisplayName());
        seat.setMaxConcurrent(form.maxConcurrent());
        placeInGroups(account.getId(), byId.keySet(), s);
        return account;
    }

    @Override
    public StaffView update(long id, StaffForm form) {
        requireValid(form);
        RoutingSettings s = desk.lock();
        UserAccount account = account(id);
        StaffView before = get(id);
        requireFreeEmployeeNo(form.profile().employeeNo(), id);
        Map<Long, SkillGroup> byId = requireGroups(form.skillGroupIds());
        account.updateProfile(form.profile());
        account.changeRole(form.role());
        AgentSeat seat = seats.find(id).orElseThrow();
        seat.rename(account.getDisplayName());
        boolean capChanged = !java.util.Objects.equals(seat.getMaxConcurrent(), form.maxConcurrent());
        seat.setMaxConcurrent(form.maxConcurrent());
        boolean moved = placeInGroups(id, byId.keySet(), s);
        if (capChanged && !moved) {
            desk.dispatch(s, desk.groupsOf(id));
        }
        StaffView after = get(id);
        audit.record("agent.update", "agent", id, before, after);
        return after;
    }

    @Override
    public void delete(long id) {
        desk.lock();
        UserAccount account = account(id);
        if (conversations.countOfAgent(id, true) > 0) {
            throw new ConflictException("this person still serves open conversations; transfer or end them first")
                    .coded("staff.openConversations");
        }
        StaffView before = get(id);
        for (SkillGroup group : groups.ofMember(id)) {
            group.replaceMembers(group.getMembers().stream().filter(m -> m.getAgentId() != id).toList());
        }
        lookups.groupsChanged(tenant.requireTenant());
        accounts.remove(account); // the seat goes with it (foreign key ON DELETE CASCADE)
        audit.record("agent.delete", "agent", id, before, null);
        sessionsEnded.fire(new StaffSessionsEnded(account.getTenantId(), id, StaffSessionsEnded.DELETED));
    }

    @Override
    public void resetPassword(long id, String password) {
        UserAccount account = account(id);
        WeakPasswordException.requireAcceptable("password", password, account.getUsername());
        account.resetPassword(hasher.hash(password.toCharArray()));
        audit.record("agent.reset-password", "agent", id, null, "password reset for " + account.getUsername());
        sessionsEnded.fire(new StaffSessionsEnded(account.getTenantId(), id, StaffSessionsEnded.PASSWORD_RESET));
    }

    /** Makes the agent a member of exactly these groups (new memberships at priority 1); true when any changed. */
    private boolean placeInGroups(long agentId, Set<Long> wanted, RoutingSettings s) {
        List<Long> changed = new ArrayList<>();
        for (SkillGroup group : groups.list(0, 10_000)) {
            boolean member = group.getMembers().stream().anyMatch(m -> m.getAgentId() == agentId);
            if (wanted.contains(group.getId()) && !member) {
                List<GroupMember> members = new ArrayList<>(group.getMembers());
                members.add(new GroupMember(agentId, 1));
                group.replaceMembers(members);
                changed.add(group.getId());
            } else if (!wanted.contains(group.getId()) && member) {
                group.replaceMembers(group.getMembers().stream().filter(m -> m.getAgentId() != agentId).toList());
                changed.add(group.getId());
            }
        }
        if (!changed.isEmpty()) {
            lookups.groupsChanged(tenant.requireTenant());
            desk.dispatch(s, changed);
        }
        return !changed.isEmpty();
    }

    /** Checked here as well as by the container, so every caller (REST, console, import) gets the same field errors. */
    private void requireValid(StaffForm form) {
        Set<ConstraintViolation<StaffForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private void requireFreeEmployeeNo(String employeeNo, Long exceptId) {
        if (employeeNo == null || employeeNo.isBlank()) {
            return;
        }
        accounts.findByEmployeeNo(employeeNo.trim()).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new ConflictException("employeeNo", "the employee number '" + employeeNo.trim() + "' is taken by "
                    + other.getFullName()).coded("staff.employeeNoTaken", employeeNo.trim(), other.getFullName());
        });
    }

    private Map<Long, SkillGroup> requireGroups(Collection<Long> ids) {
        Map<Long, SkillGroup> found = groups.findAll(ids).stream()
                .collect(Collectors.toMap(SkillGroup::getId, Function.identity()));
        if (found.size() != new HashSet<>(ids).size()) {
            Set<Long> missing = new HashSet<>(ids);
            missing.removeAll(found.keySet());
            throw new NotFoundException("skillGroupIds", "no skill group with id " + missing + " in this tenant")
                    .coded("skillGroup.notFound", missing);
        }
        return found;
    }

    private List<StaffView> views(List<UserAccount> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        RoutingSettings s = settings.current().current();
        List<Long> ids = found.stream().map(UserAccount::getId).toList();
        Map<Long, AgentSeat> seatById = seats.findAll(ids).stream()
                .collect(Collectors.toMap(AgentSeat::getAgentId, Function.identity()));
        Map<Long, List<SkillGroup>> groupsByAgent = new HashMap<>();
        for (SkillGroup group : groups.list(0, 10_000)) {
            for (GroupMember m : group.getMembers()) {
                groupsByAgent.computeIfAbsent(m.getAgentId(), k -> new ArrayList<>()).add(group);
            }
        }
        return found.stream().map(a -> {
            AgentSeat seat = seatById.get(a.getId());
            List<SkillGroup> of = groupsByAgent.getOrDefault(a.getId(), List.of());
            return new StaffView(a.getId(), a.getUsername(), a.getEmployeeNo(), a.getFullName(), a.getDisplayName(),
                    a.getEmail(), a.getMobile(), a.getExtension(), a.getRole().name(),
                    of.stream().map(SkillGroup::getId).toList(), of.stream().map(SkillGroup::getName).toList(),
                    seat == null ? null : seat.getMaxConcurrent(),
                    seat == null ? 0 : seat.effectiveCap(s.maxConcurrentPerAgent()),
                    seat == null ? "OFFLINE" : seat.getStatus().name(),
                    seat != null && seat.isForcedOffline(), a.getCreatedAt());
        }).toList();
    }

    // ---- batch import and export (批量添加客服), read and written by StaffSheets ----

    @Override
    public ImportReport importSheet(byte[] content) {
        StaffSheets.Checked checked = sheets.read(content);
        if (!checked.errors().isEmpty()) {
            return new ImportReport(checked.rows(), 0, checked.errors());
        }
        RoutingSettings s = desk.lock();
        for (StaffSheets.Candidate c : checked.candidates()) {
            UserAccount account = add(c.username(), c.password(), c.form(), s);
            audit.record("agent.import", "agent", account.getId(), null, get(account.getId()));
        }
        return new ImportReport(checked.rows(), checked.candidates().size(), List.of());
    }

    @Override
    public byte[] importTemplate(boolean xlsx) {
        return sheets.template(xlsx);
    }

    @Override
    public byte[] export(StaffQuery query, boolean xlsx) {
        List<StaffView> all = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<StaffView> page = search(query, offset, 500);
            all.addAll(page);
            if (page.size() < 500) {
                break;
            }
        }
        return sheets.write(all, xlsx);
    }
}
