package io.switchboard.interfaces.web.admin;

import io.switchboard.application.SkillGroupService;
import io.switchboard.application.StaffService;
import io.switchboard.application.StaffService.StaffQuery;
import io.switchboard.application.StaffService.StaffView;
import io.switchboard.domain.model.routing.RoutingStrategy;
import io.switchboard.domain.model.skillgroup.GroupMember;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 技能组管理 (RT-1, RT-3, RT-4): groups with their members' priorities, strategy and reception limit. */
@Named
@ViewScoped
public class GroupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SkillGroupService groups;
    @Inject
    StaffService staff;
    @Inject
    ConsoleActions actions;
    @Inject
    io.switchboard.application.RoutingSettingsService routing;

    /** One member line of the dialog. */
    public static final class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long agentId;
        private final String name;
        private int priority;

        MemberRow(long agentId, String name, int priority) {
            this.agentId = agentId;
            this.name = name;
            this.priority = priority;
        }

        public long getAgentId() { return agentId; }
        public String getName() { return name; }
        public int getPriority() { return priority; }
        public void setPriority(int v) { priority = v; }
    }

    private Long editingId;
    private String name;
    private SkillGroupKind kind = SkillGroupKind.ONLINE;
    private boolean enabled = true;
    private RoutingStrategy strategy = RoutingStrategy.LEAST_BUSY;
    private int receptionLimit;
    /** S2 picker j: the regions the group serves; empty = every region. */
    private List<String> regions = new ArrayList<>();
    private List<MemberRow> members = new ArrayList<>();
    private Long newMemberId;
    /** Staff names for the table, read with the groups (once per render, not once per row). */
    private transient Map<Long, String> names;

    public List<SkillGroup> getGroups() {
        names = null;
        return groups.list(0, 500);
    }

    public List<StaffView> getStaff() {
        return staff.search(StaffQuery.all(), 0, 500);
    }

    public RoutingStrategy[] getStrategies() {
        return RoutingStrategy.values();
    }

    public SkillGroupKind[] getKinds() {
        return SkillGroupKind.values();
    }

    public void add() {
        editingId = null;
        name = null;
        kind = SkillGroupKind.ONLINE;
        enabled = true;
        strategy = routing.current().defaultStrategy(); // the tenant's 坐席分配策略 is a new group's default
        receptionLimit = 0;
        regions = new ArrayList<>();
        members = new ArrayList<>();
    }

    public void edit(long id) {
        SkillGroup g = groups.get(id);
        editingId = id;
        name = g.getName();
        kind = g.getKind();
        enabled = g.isEnabled();
        strategy = g.getStrategy();
        receptionLimit = g.getReceptionLimit();
        regions = new ArrayList<>(g.getRegions());
        Map<Long, String> names = names();
        members = new ArrayList<>();
        for (GroupMember m : g.getMembers()) {
            members.add(new MemberRow(m.getAgentId(), names.getOrDefault(m.getAgentId(), "#" + m.getAgentId()), m.getPriority()));
        }
    }

    private Map<Long, String> names() {
        return getStaff().stream().collect(Collectors.toMap(StaffView::id,
                v -> v.fullName() + (v.employeeNo() == null ? "" : " (" + v.employeeNo() + ")"), (a, b) -> a, LinkedHashMap::new));
    }

    public void addMember() {
        if (newMemberId == null || members.stream().anyMatch(m -> m.agentId == newMemberId)) {
            return;
        }
        members.add(new MemberRow(newMemberId, names().getOrDefault(newMemberId, "#" + newMemberId), 1));
        newMemberId = null;
    }

    public void removeMember(long agentId) {
        members.removeIf(m -> m.agentId == agentId);
    }

    public void save() {
        Map<Long, Integer> priorities = members.stream()
                .collect(Collectors.toMap(MemberRow::getAgentId, MemberRow::getPriority, (a, b) -> a, LinkedHashMap::new));
        actions.run("group-form", () -> {
            long id = editingId == null ? groups.create(name == null ? "" : name, kind).getId()
                    : groups.update(editingId, name == null ? "" : name, enabled).getId();
            if (editingId == null && !enabled) {
                groups.update(id, name, false);
            }
            groups.configureRouting(id, strategy, receptionLimit);
            groups.configureRegions(id, regions == null ? List.of() : regions);
            groups.replaceMembers(id, priorities);
            editingId = id;
        }, "console.saved");
    }

    public void delete(long id) {
        actions.run(null, () -> groups.delete(id), "console.deleted");
    }

    public String memberCount(SkillGroup g) {
        return String.valueOf(g.getMembers().size());
    }

    /** Who is in the group, by name, for the table. */
    public String memberNames(SkillGroup g) {
        if (names == null) {
            names = names();
        }
        return g.getMembers().stream().map(m -> names.getOrDefault(m.getAgentId(), "#" + m.getAgentId()) + "·" + m.getPriority())
                .collect(Collectors.joining("、"));
    }


    public Long getEditingId() { return editingId; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public SkillGroupKind getKind() { return kind; }
    public void setKind(SkillGroupKind v) { kind = v; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
    public RoutingStrategy getStrategy() { return strategy; }
    public void setStrategy(RoutingStrategy v) { strategy = v; }
    public List<String> getRegions() { return regions; }
    public void setRegions(List<String> v) { regions = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public int getReceptionLimit() { return receptionLimit; }
    public void setReceptionLimit(int v) { receptionLimit = v; }
    public List<MemberRow> getMembers() { return members; }
    public Long getNewMemberId() { return newMemberId; }
    public void setNewMemberId(Long v) { newMemberId = v; }
}
