package io.switchboard.domain.model.site;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Every setting of the seed's 网站接入 page for one site (CH-1..CH-4): 基本设置 (entry button and chat window),
 * 邀请设置 (invitation box) and 客服信息 (info panel, skill-group picker, trail). Defaults are the seed's. Immutable:
 * an admin's change replaces the whole object, validated; the widget reads it from the public config endpoint,
 * so nothing here is secret.
 */
public record WidgetSettings(
        @NotNull @Valid Button button,
        @NotNull @Valid Window window,
        @NotNull @Valid Invitation invitation,
        @NotNull @Valid Info info,
        @NotNull @Valid Picker picker,
        boolean recordTrail) {

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
                true);
    }
}
