package io.switchboard.interfaces.web.admin;

import io.switchboard.application.WidgetSiteService;
import io.switchboard.domain.model.site.WidgetSettings;
import io.switchboard.domain.model.site.WidgetSettings.Button;
import io.switchboard.domain.model.site.WidgetSettings.Corner;
import io.switchboard.domain.model.site.WidgetSettings.Info;
import io.switchboard.domain.model.site.WidgetSettings.Invitation;
import io.switchboard.domain.model.site.WidgetSettings.Picker;
import io.switchboard.domain.model.site.WidgetSettings.Window;
import io.switchboard.domain.model.site.WidgetSite;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 网站接入 (AD-6, CH-1..CH-4): one entry per website with every widget setting, a live preview of the entry
 * button, invitation box and chat window, the embed snippet and the site secret for signed visitor ids (shown at
 * creation, and then only through the audited reveal or a rotation). The form
 * is a map keyed like the settings ("button.text") so the preview reads the same values the save writes.
 */
@Named
@ViewScoped
public class SitesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WidgetSiteService sites;
    @Inject
    SwitchboardSettings settings;
    @Inject
    ConsoleActions actions;

    private Long selectedId;
    private String name;
    private String newName;
    /** Values as the form and the settings have them: texts, numbers, switches (all kept in the replicated session). */
    private final Map<String, Serializable> f = new HashMap<>();
    /** The English side of the site's texts, by the same paths as {@link #f} (item 5). */
    private final Map<String, String> en = new java.util.LinkedHashMap<>();
    /** The secret as the creation, an audited reveal or a rotation answered it; never kept beyond this view. */
    private transient String revealed;

    public List<WidgetSite> getSites() {
        return sites.list(0, 500);
    }

    public void create() {
        actions.run("new-site", () -> {
            WidgetSite site = sites.create(newName == null ? "" : newName);
            select(site.getId());
            revealed = site.getSecret(); // shown once at creation, like the API's creation answer
        }, "console.saved");
        newName = null;
    }

    public void select(long id) {
        WidgetSite site = sites.get(id);
        selectedId = id;
        name = site.getName();
        revealed = null;
        WidgetSettings s = site.getSettings();
        f.clear();
        f.put("button.text", s.button().text());
        f.put("button.color", s.button().color());
        f.put("button.position", s.button().position().name());
        f.put("button.delaySeconds", s.button().delaySeconds());
        f.put("window.color", s.window().color());
        f.put("window.logoUrl", s.window().logoUrl());
        f.put("window.agentAvatarUrl", s.window().agentAvatarUrl());
        Invitation i = s.invitation();
        f.put("invitation.enabled", i.enabled());
        f.put("invitation.text", i.text());
        f.put("invitation.backgroundColor", i.backgroundColor());
        f.put("invitation.backgroundImageUrl", i.backgroundImageUrl());
        f.put("invitation.showAccept", i.showAccept());
        f.put("invitation.acceptText", i.acceptText());
        f.put("invitation.showLater", i.showLater());
        f.put("invitation.laterText", i.laterText());
        f.put("invitation.delaySeconds", i.delaySeconds());
        Info info = s.info();
        f.put("info.companyName", info.companyName());
        f.put("info.address", info.address());
        f.put("info.phone", info.phone());
        f.put("info.email", info.email());
        f.put("info.announcement", info.announcement());
        f.put("info.welcome", info.welcome());
        f.put("info.imageUrl", info.imageUrl());
        Picker p = s.picker();
        f.put("picker.enabled", p.enabled());
        f.put("picker.title", p.title());
        f.put("picker.maxGroups", p.maxGroups());
        f.put("picker.showAgents", p.showAgents());
        f.put("picker.maxAgentsPerGroup", p.maxAgentsPerGroup());
        f.put("picker.refreshSeconds", p.refreshSeconds());
        f.put("picker.nobodyOnlineTitle", p.nobodyOnlineTitle());
        f.put("picker.footer", p.footer());
        f.put("picker.byRegion", p.byRegion());
        f.put("picker.noRegionTitle", p.noRegionTitle());
        f.put("recordTrail", s.recordTrail());
        en.clear();
        en.putAll(s.english());
    }

    /** Deletes a site after the page's confirmation; refused (with the reason) while a chat through it is open. */
    public void delete(long id) {
        if (actions.run(null, () -> sites.delete(id), "console.site.deleted") && Long.valueOf(id).equals(selectedId)) {
            selectedId = null;
            f.clear();
        }
    }

    public void save() {
        actions.run("site", () -> sites.update(selectedId, actions.required("name", name), actions.valid(form())),
                "console.saved");
    }

    WidgetSettings form() {
        return new WidgetSettings(
                new Button(text("button.text"), text("button.color"), Corner.valueOf(text("button.position")),
                        number("button.delaySeconds")),
                new Window(text("window.color"), text("window.logoUrl"), text("window.agentAvatarUrl")),
                new Invitation(flag("invitation.enabled"), text("invitation.text"), text("invitation.backgroundColor"),
                        text("invitation.backgroundImageUrl"), flag("invitation.showAccept"), text("invitation.acceptText"),
                        flag("invitation.showLater"), text("invitation.laterText"), number("invitation.delaySeconds")),
                new Info(text("info.companyName"), text("info.address"), text("info.phone"), text("info.email"),
                        text("info.announcement"), text("info.welcome"), text("info.imageUrl")),
                new Picker(flag("picker.enabled"), text("picker.title"), number("picker.maxGroups"),
                        flag("picker.showAgents"), number("picker.maxAgentsPerGroup"), number("picker.refreshSeconds"),
                        text("picker.nobodyOnlineTitle"), text("picker.footer"), flag("picker.byRegion"),
                        text("picker.noRegionTitle")),
                flag("recordTrail"),
                new java.util.LinkedHashMap<>(en));
    }

    private String text(String key) {
        Object v = f.get(key);
        return v == null ? "" : v.toString().strip();
    }

    private boolean flag(String key) {
        Object v = f.get(key);
        return v instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(v)) || "on".equalsIgnoreCase(String.valueOf(v));
    }

    private int number(String key) {
        Object v = f.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return (int) Double.parseDouble(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + v + "' is not a number");
        }
    }

    /** For the preview: a colour only when it is one, so a half-typed value cannot break the page's CSS. */
    public String color(String key) {
        String c = text(key);
        return c.matches("#[0-9a-fA-F]{6}") ? c : "#999999";
    }

    public boolean on(String key) {
        return flag(key);
    }

    public String getEmbed() {
        return selectedId == null ? "" : sites.get(selectedId).embedSnippet(settings.publicUrl());
    }

    public String getSecret() {
        return selectedId == null ? "" : revealed != null ? revealed : "••••••••••••••••";
    }

    /** Shows the secret through the service, which writes who saw it to the audit log. */
    public void revealSecret() {
        actions.run("secret", () -> revealed = sites.revealSecret(selectedId), null);
    }

    /** A new secret (after the page's confirmation); the old one stops signing at once. Audited. */
    public void rotateSecret() {
        actions.run("secret", () -> revealed = sites.rotateSecret(selectedId), "console.site.rotated");
    }

    public Corner[] getCorners() {
        return Corner.values();
    }

    public Map<String, Serializable> getF() { return f; }
    public Map<String, String> getEn() { return en; }
    /** The site texts with an English side, in the order the English tab lists them. */
    public List<String> getEnglishPaths() { return List.copyOf(WidgetSettings.ENGLISH.paths()); }
    public Long getSelectedId() { return selectedId; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
}
