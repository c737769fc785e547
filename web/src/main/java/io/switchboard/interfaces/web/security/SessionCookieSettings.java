package io.switchboard.interfaces.web.security;

import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when the installation is served over https ({@code SWITCHBOARD_PUBLIC_URL}
 * starts with {@code https:}), also when TLS ends at a load balancer in front of WildFly: the browser then never
 * sends the staff cookie over plain http. Set while the web module starts, the only time the servlet API allows it.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    SwitchboardSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.publicUrl().startsWith("https:")) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
