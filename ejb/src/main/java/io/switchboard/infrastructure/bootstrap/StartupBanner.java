package io.switchboard.infrastructure.bootstrap;

import io.switchboard.application.DemoDataService;
import io.switchboard.application.DemoDataService.DemoTenant;
import io.switchboard.domain.model.outbound.OutboundAddressPolicy;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On start: checks the outbound allow list, seeds the demo tenant into an empty database and prints where
 * Switchboard answers. Demo credentials go to the logger {@value #CREDENTIALS_LOGGER}, which logging.cli routes to
 * the console only, never to a file.
 */
@Startup
@Singleton
public class StartupBanner {

    static final String CREDENTIALS_LOGGER = "io.switchboard.demo-credentials";
    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());
    private static final Logger CREDENTIALS = Logger.getLogger(CREDENTIALS_LOGGER);

    @Inject
    DemoDataService demoData;
    @Inject
    SwitchboardSettings settings;

    @PostConstruct
    void start() {
        // a wrong entry fails the deployment now, not the first webhook call
        Optional<String> outboundAllow = settings.get(OutboundAddressPolicy.ALLOW_SETTING);
        OutboundAddressPolicy outbound = OutboundAddressPolicy.of(outboundAllow.orElse(null));
        outboundAllow.ifPresent(allow -> LOG.info("Outbound calls may also reach: " + outbound));
        Optional<DemoTenant> demo;
        try {
            demo = demoData.seedIfEmpty();
        } catch (EJBException e) {
            // another cluster node seeded at the same moment; its data is there
            LOG.warning("Demo data not created here: " + e.getMessage());
            demo = Optional.empty();
        }
        String url = settings.publicUrl();
        StringBuilder banner = new StringBuilder()
                .append("\n==================== Switchboard is running ====================\n")
                .append("  Login          ").append(url).append("/login.xhtml\n")
                .append("  Agent desk     ").append(url).append("/agent/\n")
                .append("  Admin console  ").append(url).append("/admin/\n")
                .append("  Partner API    ").append(url).append("/api/v1/\n")
                .append("  Health         ").append(url).append("/health\n")
                .append("================================================================");
        LOG.info(banner.toString());
        demo.ifPresent(this::printDemoCredentials);
    }

    private void printDemoCredentials(DemoTenant demo) {
        StringBuilder text = new StringBuilder("\n---- Demo tenant '").append(demo.tenantCode())
                .append("' created. Shown once; only hashes are stored. ----\n");
        demo.logins().forEach(l -> text.append(String.format("  %-11s %-10s password: %s%n", l.role(), l.username(),
                l.generated() ? l.password() : "(SWITCHBOARD_DEMO_PASSWORD)")));
        text.append("  Widget site key: ").append(demo.siteKey()).append('\n')
                .append("  Partner API key: ").append(demo.apiKey()).append('\n')
                .append("----------------------------------------------------------------");
        CREDENTIALS.info(text.toString());
    }
}
