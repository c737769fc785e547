package io.switchboard.domain.model.site;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.switchboard.domain.model.message.EnglishTexts;
import io.switchboard.domain.model.message.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every setting of the seed's 网站接入 page for one site (CH-1..CH-4): 基本设置 (entry button and chat window),
 * 邀请设置 (invitation box) and 客服信息 (info panel, skill-group picker, trail). Defaults are the seed's. Immutable:
 * an admin's change replaces the whole object, validated; the widget reads it from the public config endpoint,
 * so nothing here is secret. {@code english} holds the English side of each visitor-facing text by path
 * ({@link #ENGLISH}); {@link #in} gives the settings a visitor reading a language sees.
 */
@EnglishWithinLimits
public record WidgetSettings(
        @NotNull @Valid Button button,
        @NotNull @Valid Window window,
        @NotNull @Valid Invitation invitation,
        @NotNull @Valid Info info,
        @NotNull @Valid Picker picker,
        boolean recordTrail,
        @NotNull Map<@NotNull @Pattern(regexp = WidgetSettings.ENGLISH_PATHS, message = "is not a text with an English side") String,
                @NotNull @Size(max = 2000) String> english) {

    /** The site texts a visitor reads that have an English side, with the English defaults. */
    public static final EnglishTexts ENGLISH = new EnglishTexts(englishDefaults());

    /** The longest English text of each path: its Chinese field's maximum ({@link EnglishWithinLimits}). */
    public static final Map<String, Integer> ENGLISH_MAX = Map.ofEntries(Map.entry("button.text", 20),
            Map.entry("invitation.text", 200), Map.entry("invitation.acceptText", 20), Map.entry("invitation.laterText", 20),
            Map.entry("info.companyName", 100), Map.entry("info.address", 200), Map.entry("info.announcement", 2000),
            Map.entry("info.welcome", 200), Map.entry("picker.title", 50), Map.entry("picker.nobodyOnlineTitle", 100),
            Map.entry("picker.footer", 100), Map.entry("picker.noRegionTitle", 100));

    /** {@link #ENGLISH}'s paths, as the validation of {@code english}'s keys. */
    public static final String ENGLISH_PATHS = "button\\.text|invitation\\.(text|acceptText|laterText)"
            + "|info\\.(companyName|address|announcement|welcome)|picker\\.(title|nobodyOnlineTitle|footer|noRegionTitle)";

    public WidgetSettings {
        english = ENGLISH.complete(english);
    }

    private static Map<String, String> englishDefaults() {
        Map<String, String> en = new LinkedHashMap<>();
        en.put("button.text", "Chat with us");
        en.put("invitation.text", "Welcome! How can we help you?");
        en.put("invitation.acceptText", "Chat now");
        en.put("invitation.laterText", "Later");
        en.put("info.companyName", "");
        en.put("info.address", "");
        en.put("info.announcement", "");
        en.put("info.welcome", "Welcome! How can we help?");
        en.put("picker.title", "");
        en.put("picker.nobodyOnlineTitle", "No agent is available now. Please leave a message.");
        en.put("picker.footer", "Always happy to help");
        en.put("picker.noRegionTitle", "No skill group serves your region. Please leave a message.");
        return en;
    }

    /**
     * These settings as a visitor reading {@code language} sees them: the same object for Chinese; for English the
     * English texts, or the Chinese one where the English is empty (a company name, an address).
     */
    public WidgetSettings in(Language language) {
        if (language != Language.EN) {
            return this;
        }
        Invitation i = invitation;
        Picker p = picker;
        return new WidgetSettings(
                new Button(en("button.text", button.text()), button.color(), button.position(), button.delaySeconds()),
                window,
                new Invitation(i.enabled(), en("invitation.text", i.text()), i.backgroundColor(), i.backgroundImageUrl(),
                        i.showAccept(), en("invitation.acceptText", i.acceptText()), i.showLater(),
                        en("invitation.laterText", i.laterText()), i.delaySeconds()),
                new Info(en("info.companyName", info.companyName()), en("info.address", info.address()), info.phone(),
                        info.email(), en("info.announcement", info.announcement()), en("info.welcome", info.welcome()),
                        info.imageUrl()),
                new Picker(p.enabled(), en("picker.title", p.title()), p.maxGroups(), p.showAgents(),
                        p.maxAgentsPerGroup(), p.refreshSeconds(), en("picker.nobodyOnlineTitle", p.nobodyOnlineTitle()),
                        en("picker.footer", p.footer()), p.byRegion(), en("picker.noRegionTitle", p.noRegionTitle())),
                recordTrail, english);
    }

    private String en(String path, String chinese) {
        return EnglishTexts.englishOr(english, path, chinese);
    }

    public static final String COLOR = "#[0-9a-fA-F]{6}";
    public static final String URL = "(https?://\\S{1,490})?";

    /** Entry button (入口按钮): text [在线客服], colour, corner, delay before it shows [0 = at once]. */
    public record Button(
            @NotBlank @Size(max = 20) String text,
            @NotNull @Pattern(regexp = COLOR, message = "must be a colour like #1677ff") String color,
            @NotNull Corner position,
            @Min(0) @Max(600) int delaySeconds) {
    }

    public enum Corner { BOTTOM_LEFT, BOTTOM_RIGHT }

    /** Chat window (对话框样式): colour, logo (80x40) and agent icon (50x50) as image URLs. */
    public record Window(
            @NotNull @Pattern(regexp = COLOR, message = "must be a colour like #1677ff") String color,
            @NotNull @Pattern(regexp = URL, message = "must be empty or an http(s) URL") String logoUrl,
            @NotNull @Pattern(regexp = URL, message = "must be empty or an http(s) URL") String agentAvatarUrl) {
    }

    /** Invitation box (邀请框): auto pop-up [on], text, colour/background image, the two buttons, delay [5 s]. */
    public record Invitation(
            boolean enabled,
            @NotBlank @Size(max = 200) String text,
            @NotNull @Pattern(regexp = COLOR, message = "must be a colour like #1677ff") String backgroundColor,
            @NotNull @Pattern(regexp = URL, message = "must be empty or an http(s) URL") String backgroundImageUrl,
            boolean showAccept,
            @NotBlank @Size(max = 20) String acceptText,
            boolean showLater,
            @NotBlank @Size(max = 20) String laterText,
            @Min(0) @Max(600) int delaySeconds) {
    }

    /** Info panel (客服信息): company facts, announcement, welcome line and a picture. */
    public record Info(
            @NotNull @Size(max = 100) String companyName,
            @NotNull @Size(max = 200) String address,
            @NotNull @Size(max = 50) String phone,
            @NotNull @Size(max = 100) String email,
            @NotNull @Size(max = 2000) String announcement,
            @NotBlank @Size(max = 200) String welcome,
            @NotNull @Pattern(regexp = URL, message = "must be empty or an http(s) URL") String imageUrl) {
    }

    /** Skill-group picker (启用技能组, CH-4). */
    public record Picker(
            boolean enabled,
            @NotNull @Size(max = 50) String title,
            @Min(1) @Max(20) int maxGroups,
            boolean showAgents,
            @Min(1) @Max(20) int maxAgentsPerGroup,
            @Min(5) @Max(600) int refreshSeconds,
            @NotBlank @Size(max = 100) String nobodyOnlineTitle,
            @NotNull @Size(max = 100) String footer,
            boolean byRegion,
            @NotBlank @Size(max = 100) String noRegionTitle) {

        /** S2 picker k; settings stored before it existed get it. */
        public static final String NO_REGION_TITLE = "您所在的地区暂无服务的技能组，请留言";

        public Picker {
            if (noRegionTitle == null) {
                noRegionTitle = NO_REGION_TITLE;
            }
        }
    }

    public static WidgetSettings defaults() {
        return new WidgetSettings(
                new Button("在线客服", "#1677ff", Corner.BOTTOM_RIGHT, 0),
                new Window("#1677ff", "", ""),
                new Invitation(true, "欢迎来到本网站，请问有什么可以帮您？", "#ffffff", "", true, "现在咨询", true, "稍后咨询", 5),
                new Info("", "", "", "", "", "欢迎您来咨询", ""),
                new Picker(true, "", 5, false, 5, 30, "当前无坐席，请留言", "竭诚为您服务", false, Picker.NO_REGION_TITLE),
                true,
                ENGLISH.defaults());
    }
}
