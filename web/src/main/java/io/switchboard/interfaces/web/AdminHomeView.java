package io.switchboard.interfaces.web;

import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The console's start page: the tenant's skill groups at a glance. */
@Named
@ViewScoped
public class AdminHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SkillGroupService groups;

    private List<Row> skillGroups;

    /** Row of the skill-group table: view data only, no entity in the view state. */
    public record Row(long id, String name, String kind, boolean enabled) implements Serializable {
    }

    @PostConstruct
    void load() {
        skillGroups = groups.list(0, 100).stream()
                .map((SkillGroup g) -> new Row(g.getId(), g.getName(), g.getKind().name(), g.isEnabled()))
                .toList();
    }

    public List<Row> getSkillGroups() {
        return skillGroups;
    }
}
