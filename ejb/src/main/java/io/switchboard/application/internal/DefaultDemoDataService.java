package io.switchboard.application.internal;

import io.switchboard.application.DemoDataService;
import io.switchboard.domain.model.account.PasswordPolicy;
import io.switchboard.domain.model.account.Role;
import io.switchboard.domain.model.site.WidgetSite;
import io.switchboard.domain.model.site.WidgetSiteRepository;
import io.switchboard.domain.model.quickreply.QuickReply;
import io.switchboard.domain.model.quickreply.QuickReplyCategory;
import io.switchboard.domain.model.quickreply.QuickReplyRepository;
import io.switchboard.domain.model.skillgroup.GroupMember;
import io.switchboard.domain.model.skillgroup.SkillGroup;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import io.switchboard.domain.model.tenant.Tenant;
import io.switchboard.domain.model.tenant.TenantRepository;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import io.switchboard.infrastructure.tenancy.PlatformOperation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo tenant a newcomer logs into: one admin, one supervisor, two agents, the skill groups 售前咨询 and
 * 售后咨询, one widget site and a few public quick replies. Passwords come from {@code SWITCHBOARD_DEMO_PASSWORD} or are generated here and
 * returned once to be printed; only their PBKDF2 hashes are stored.
 *
 * <p>The demo accounts follow the same {@link PasswordPolicy} as every other account: a demo is often left running
 * where others can reach it. Generated passwords are drawn until they pass. A configured password that the policy
 * refuses is not used: the demo tenant is not created, and the log says why and what to do (set a stronger one,
 * restart). The server itself starts, so health and the platform API answer; the database stays empty, so the next
 * start seeds the demo with the corrected password.
 */
@Stateless
public class DefaultDemoDataService implements DemoDataService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(DefaultDemoDataService.class.getName());

    private record Person(String username, String name, Role role) {
    }

    private static final List<Person> PEOPLE = List.of(new Person("admin", "管理员 Admin", Role.ADMIN),
            new Person("supervisor", "质检员 Supervisor", Role.SUPERVISOR),
            new Person("agent1", "客服一 Agent One", Role.AGENT),
            new Person("agent2", "客服二 Agent Two", Role.AGENT));

    @Inject
    LookupCache lookups;
    @Inject
    TenantSetup setup;
    @Inject
    TenantRepository tenants;
    @Inject
    SkillGroupRepository groups;
    @Inject
    WidgetSiteRepository sites;
    @Inject
    QuickReplyRepository quickReplies;
    @Inject
    SwitchboardSettings settings;
    @Inject
    Clock clock;

    @Override
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<DemoTenant> seedIfEmpty() {
        if (tenants.count() > 0) {
            return Optional.empty();
        }
        Optional<String> configured = settings.get("SWITCHBOARD_DEMO_PASSWORD");
        if (configured.isPresent()) {
            Optional<PasswordPolicy.Rule> refused = refusal(configured.get());
            if (refused.isPresent()) {
                LOG.severe("SWITCHBOARD_DEMO_PASSWORD is refused: the password " + refused.get().message()
                        + " (at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password, not"
                        + " containing admin, supervisor, agent1 or agent2). The demo tenant was NOT created; set a"
                        + " stronger password, or unset the variable to get generated ones, and restart.");
                return Optional.empty();
            }
        }
        Tenant tenant = setup.createTenant("demo", "Demo Company 演示公司");
        String tenantId = tenant.getId();
        List<DemoLogin> logins = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (Person p : PEOPLE) {
            String password = configured.orElseGet(() -> generatePassword(p.username()));
            ids.put(p.username(), setup.createAccount(tenantId, "username", p.username(), p.name(), p.role(),
                    "SWITCHBOARD_DEMO_PASSWORD", password).getId());
            logins.add(new DemoLogin(p.username(), p.role().name(), password, configured.isEmpty()));
        }
        SkillGroup presales = SkillGroup.inTenant(tenantId, "售前咨询", SkillGroupKind.ONLINE, clock.instant());
        presales.replaceMembers(List.of(new GroupMember(ids.get("agent1"), 1), new GroupMember(ids.get("agent2"), 2)));
        groups.add(presales);
        SkillGroup aftersales = SkillGroup.inTenant(tenantId, "售后咨询", SkillGroupKind.ONLINE, clock.instant());
        aftersales.replaceMembers(List.of(new GroupMember(ids.get("agent2"), 1)));
        groups.add(aftersales);
        lookups.groupsChanged(tenantId);
        WidgetSite site = WidgetSite.inTenant(tenantId, "Demo website", clock.instant());
        sites.add(site);
        QuickReplyCategory common = QuickReplyCategory.publicInTenant(tenantId, "常用语", 1);
        quickReplies.add(common);
        for (String[] r : new String[][] {
                {"问候", "您好，很高兴为您服务，请问有什么可以帮您？"},
                {"稍等", "请稍等，我马上为您查询。"},
                {"退货", "退货请在订单页点击“申请售后”，选择退货原因并上传照片，我们会在 24 小时内审核。"},
                {"结束语", "感谢您的咨询，祝您生活愉快！如有问题随时联系我们。"}}) {
            quickReplies.add(QuickReply.publicInTenant(tenantId, common.getId(), r[0], r[1], clock.instant()));
        }
        String apiKey = setup.issueApiKey(tenantId, "demo");
        return Optional.of(new DemoTenant(tenant.getCode(), site.getSiteKey(), apiKey, logins));
    }

    /** The rule the configured password breaks for any of the demo logins (it is the same for all four). */
    private static Optional<PasswordPolicy.Rule> refusal(String password) {
        return PEOPLE.stream().map(p -> PasswordPolicy.standard().check(password, p.username()))
                .flatMap(Optional::stream).findFirst();
    }

    /** 14 random characters (about 82 bits), drawn again in the unlikely case the policy refuses them. */
    private static String generatePassword(String username) {
        while (true) {
            StringBuilder sb = new StringBuilder(14);
            for (int i = 0; i < 14; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (PasswordPolicy.standard().check(sb.toString(), username).isEmpty()) {
                return sb.toString();
            }
        }
    }
}
