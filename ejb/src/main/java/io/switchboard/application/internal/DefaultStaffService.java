package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.ImportReport;
import io.switchboard.application.ImportReport.RowError;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.StaffService;
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
import io.switchboard.infrastructure.sheet.Spreadsheets;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import io.switchboard.application.StaffSessionsEnded;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
public class DefaultStaffService implements StaffService {

    /** The import and export columns: the seed's 批量添加客服 headers first, English aliases accepted on import. */
    enum Column {
        EMPLOYEE_NO("工号", "employeeNo"),
        NAME("客服姓名", "name"),
        NICKNAME("对外昵称", "nickname"),
        EMAIL("客服邮箱", "email"),
        MOBILE("手机号", "mobile"),
        EXTENSION("分机号", "extension"),
        ROLE("客服角色", "role"),
        SKILL_GROUPS("技能组", "skillGroups"),
        MAX_CONCURRENT("最大接待量", "maxConcurrent"),
        USERNAME("登录名", "username"),
        PASSWORD("初始密码", "password");

        final String chinese;
        final String english;

        Column(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        String of(Spreadsheets.Row row) {
            return row.get(chinese, english);
        }
    }

    /** Role names as the seed's sheet writes them, and the enum names. */
    private static final Map<String, Role> ROLE_NAMES = Map.of(
            "管理员", Role.ADMIN, "质检员", Role.SUPERVISOR, "普通坐席", Role.AGENT, "坐席", Role.AGENT, "客服", Role.AGENT);
    private static final Map<Role, String> ROLE_LABELS = Map.of(
            Role.ADMIN, "管理员", Role.SUPERVISOR, "质检员", Role.AGENT, "普通坐席");

    private final PasswordHasher hasher = new PasswordHasher();

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
        Role role = query.role() == null || query.role().isBlank() ? null : parseRole(query.role());
        return new UserAccountRepository.Filter(query.employeeNo(), query.name(), query.email(), query.mobile(),
                query.skillGroupId(), role);
    }

    @Override
    public StaffView get(long id) {
        return views(List.of(account(id))).get(0);
    }

    private UserAccount account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("no staff member with id " + id));
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

    private UserAccount add(String username, String password, StaffForm form, RoutingSettings s) {
        String login = UserAccount.normalizeUsername(username);
        if (accounts.usernameTaken(login)) {
            throw new ConflictException("username", "the login name '" + login + "' is taken");
        }
        requireFreeEmployeeNo(form.profile().employeeNo(), null);
        Map<Long, SkillGroup> byId = requireGroups(form.skillGroupIds());
        UserAccount account = setup.createAccount(tenant.requireTenant(), login, form.profile().fullName().trim(),
                form.role(), password.toCharArray());
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
            throw new ConflictException("this person still serves open conversations; transfer or end them first");
        }
        StaffView before = get(id);
        for (SkillGroup group : groups.ofMember(id)) {
            group.replaceMembers(group.getMembers().stream().filter(m -> m.getAgentId() != id).toList());
        }
        accounts.remove(account); // the seat goes with it (foreign key ON DELETE CASCADE)
        audit.record("agent.delete", "agent", id, before, null);
        sessionsEnded.fire(new StaffSessionsEnded(account.getTenantId(), id, StaffSessionsEnded.DELETED));
    }

    @Override
    public void resetPassword(long id, String password) {
        UserAccount account = account(id);
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
                    + other.getFullName());
        });
    }

    private Map<Long, SkillGroup> requireGroups(Collection<Long> ids) {
        Map<Long, SkillGroup> found = groups.findAll(ids).stream()
                .collect(Collectors.toMap(SkillGroup::getId, Function.identity()));
        if (found.size() != new HashSet<>(ids).size()) {
            Set<Long> missing = new HashSet<>(ids);
            missing.removeAll(found.keySet());
            throw new NotFoundException("no skill group with id " + missing + " in this tenant");
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

    // ---- batch import (批量添加客服) ----

    private record Candidate(String username, String password, StaffForm form) {
    }

    @Override
    public ImportReport importSheet(byte[] content) {
        Spreadsheets.Table table;
        try {
            table = Spreadsheets.read(content);
        } catch (IllegalArgumentException e) {
            return new ImportReport(0, 0, List.of(new RowError(1, "", e.getMessage())));
        }
        List<RowError> errors = new ArrayList<>();
        for (Column required : List.of(Column.NAME, Column.PASSWORD)) {
            if (!table.hasHeader(required.chinese, required.english)) {
                errors.add(new RowError(1, required.chinese, "the column is missing"));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(table.rows().size(), 0, errors);
        }
        Map<String, Long> groupIdByName = new HashMap<>();
        groups.list(0, 10_000).forEach(g -> groupIdByName.put(g.getName().toLowerCase(Locale.ROOT), g.getId()));
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> employeeNos = new HashMap<>();
        Map<String, Integer> usernames = new HashMap<>();
        for (Spreadsheets.Row row : table.rows()) {
            String no = Column.EMPLOYEE_NO.of(row);
            if (!no.isEmpty()) {
                Integer earlier = employeeNos.putIfAbsent(no, row.number());
                if (earlier != null) {
                    errors.add(new RowError(row.number(), Column.EMPLOYEE_NO.chinese, "the employee number '" + no
                            + "' is also on row " + earlier));
                } else if (accounts.findByEmployeeNo(no).isPresent()) {
                    errors.add(new RowError(row.number(), Column.EMPLOYEE_NO.chinese, "the employee number '" + no
                            + "' is taken"));
                }
            }
            String named = Column.USERNAME.of(row).isEmpty() ? Column.EMAIL.of(row) : Column.USERNAME.of(row);
            if (!named.isEmpty()) {
                String login = UserAccount.normalizeUsername(named);
                Integer earlier = usernames.putIfAbsent(login, row.number());
                if (earlier != null) {
                    errors.add(new RowError(row.number(), Column.USERNAME.chinese, "the login name '" + login
                            + "' is also on row " + earlier));
                } else if (accounts.usernameTaken(login)) {
                    errors.add(new RowError(row.number(), Column.USERNAME.chinese, "the login name '" + login + "' is taken"));
                }
            }
            Candidate c = candidate(row, groupIdByName, errors);
            if (c == null) {
                continue;
            }
            candidates.add(c);
        }
        if (table.rows().isEmpty()) {
            errors.add(new RowError(2, "", "the file has no rows under the header"));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            return new ImportReport(table.rows().size(), 0, errors);
        }
        RoutingSettings s = desk.lock();
        for (Candidate c : candidates) {
            UserAccount account = add(c.username(), c.password(), c.form(), s);
            audit.record("agent.import", "agent", account.getId(), null, get(account.getId()));
        }
        return new ImportReport(table.rows().size(), candidates.size(), List.of());
    }

    /** One row as a form, or null with its errors added. */
    private Candidate candidate(Spreadsheets.Row row, Map<String, Long> groupIdByName, List<RowError> errors) {
        int before = errors.size();
        Role role = Role.AGENT;
        String roleText = Column.ROLE.of(row);
        if (!roleText.isEmpty()) {
            try {
                role = parseRole(roleText);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row.number(), Column.ROLE.chinese, e.getMessage()));
            }
        }
        List<Long> groupIds = new ArrayList<>();
        for (String name : Column.SKILL_GROUPS.of(row).split("[;；,，]")) {
            if (name.isBlank()) {
                continue;
            }
            Long id = groupIdByName.get(name.strip().toLowerCase(Locale.ROOT));
            if (id == null) {
                errors.add(new RowError(row.number(), Column.SKILL_GROUPS.chinese, "no skill group named '" + name.strip() + "'"));
            } else {
                groupIds.add(id);
            }
        }
        Integer cap = null;
        String capText = Column.MAX_CONCURRENT.of(row);
        if (!capText.isEmpty()) {
            try {
                cap = Integer.valueOf(capText);
            } catch (NumberFormatException e) {
                errors.add(new RowError(row.number(), Column.MAX_CONCURRENT.chinese, "'" + capText + "' is not a whole number"));
            }
        }
        StaffProfile profile = new StaffProfile(Column.EMPLOYEE_NO.of(row), Column.NAME.of(row), Column.NICKNAME.of(row),
                Column.EMAIL.of(row), Column.MOBILE.of(row), Column.EXTENSION.of(row));
        StaffForm form = new StaffForm(profile, role, groupIds, cap);
        for (ConstraintViolation<StaffForm> v : validator.validate(form)) {
            errors.add(new RowError(row.number(), columnOf(v.getPropertyPath().toString()), v.getMessage()));
        }
        String username = Column.USERNAME.of(row).isEmpty() ? Column.EMAIL.of(row) : Column.USERNAME.of(row);
        if (username.isEmpty()) {
            errors.add(new RowError(row.number(), Column.USERNAME.chinese, "a login name or an e-mail is required"));
        } else if (username.length() > 100) {
            errors.add(new RowError(row.number(), Column.USERNAME.chinese, "size must be between 1 and 100"));
        }
        String password = Column.PASSWORD.of(row);
        if (password.length() < 8 || password.length() > 200) {
            errors.add(new RowError(row.number(), Column.PASSWORD.chinese, "size must be between 8 and 200"));
        }
        return errors.size() == before ? new Candidate(username, password, form) : null;
    }

    private static String columnOf(String propertyPath) {
        String leaf = propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
        return switch (leaf) {
            case "employeeNo" -> Column.EMPLOYEE_NO.chinese;
            case "fullName" -> Column.NAME.chinese;
            case "nickname" -> Column.NICKNAME.chinese;
            case "email" -> Column.EMAIL.chinese;
            case "mobile" -> Column.MOBILE.chinese;
            case "extension" -> Column.EXTENSION.chinese;
            case "maxConcurrent" -> Column.MAX_CONCURRENT.chinese;
            default -> leaf;
        };
    }

    static Role parseRole(String text) {
        String t = text.strip();
        Role named = ROLE_NAMES.get(t);
        if (named != null) {
            return named;
        }
        try {
            return Role.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + t + "'; use 管理员, 质检员 or 普通坐席 (ADMIN, SUPERVISOR, AGENT)");
        }
    }

    @Override
    public byte[] importTemplate(boolean xlsx) {
        List<String> example = List.of("100010", "小明", "优优", "xiaoming@example.com", "13800138000", "8001", "普通坐席",
                "售前", "10", "xiaoming", "change-me-2026");
        return Spreadsheets.write(xlsx ? Spreadsheets.Format.XLSX : Spreadsheets.Format.CSV, headers(), List.of(example));
    }

    @Override
    public byte[] export(StaffQuery query, boolean xlsx) {
        List<List<String>> rows = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<StaffView> page = search(query, offset, 500);
            for (StaffView v : page) {
                rows.add(Arrays.asList(v.employeeNo(), v.fullName(), v.nickname(), v.email(), v.mobile(), v.extension(),
                        ROLE_LABELS.get(Role.valueOf(v.role())), String.join(";", v.skillGroupNames()),
                        v.ownCap() == null ? "" : v.ownCap().toString(), v.username(), ""));
            }
            if (page.size() < 500) {
                break;
            }
        }
        return Spreadsheets.write(xlsx ? Spreadsheets.Format.XLSX : Spreadsheets.Format.CSV, headers(), rows);
    }

    private static List<String> headers() {
        return Arrays.stream(Column.values()).map(c -> c.chinese).toList();
    }
}
