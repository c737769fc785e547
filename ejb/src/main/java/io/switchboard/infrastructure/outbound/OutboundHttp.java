package io.switchboard.infrastructure.outbound;

import io.switchboard.domain.model.outbound.OutboundAddressPolicy;
import io.switchboard.domain.model.outbound.OutboundRefusedException;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The one way Switchboard calls a URL that a tenant configured (webhooks now; flow API nodes and event subscriptions
 * later). Apache HttpClient 5, because its {@link DnsResolver} hook lets the {@link OutboundAddressPolicy} judge the
 * very addresses the client connects to (the JDK client resolves inside and cannot be held to an address). No
 * redirects (a partner's 302 to 169.254.169.254 would bypass the check), no retries (JMS redelivery retries), no
 * proxy from system properties, no cookies.
 */
@ApplicationScoped
public class OutboundHttp {

    /**
     * Connections kept open to one partner address at most (a flow's API node calls one order service for every
     * visitor at once; webhooks of one partner go out in parallel up to this).
     */
    static final String PER_HOST_SETTING = "SWITCHBOARD_OUTBOUND_CONNECTIONS_PER_HOST";
    static final int DEFAULT_PER_HOST = 16;
    static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);
    static final Timeout ANSWER_TIMEOUT = Timeout.ofSeconds(10);

    @Inject
    SwitchboardSettings settings;

    private OutboundAddressPolicy policy;
    private DnsResolver resolver;
    private int perHost = DEFAULT_PER_HOST;
    private CloseableHttpClient http;

    protected OutboundHttp() {
        // CDI
    }

    /** For tests: the policy and the resolver it checks (a fake one plays DNS). */
    OutboundHttp(OutboundAddressPolicy policy, DnsResolver dns) {
        start(policy, dns);
    }

    @PostConstruct
    void start() {
        perHost = settings.getInt(PER_HOST_SETTING, DEFAULT_PER_HOST);
        start(OutboundAddressPolicy.of(settings.get(OutboundAddressPolicy.ALLOW_SETTING).orElse(null)),
                SystemDefaultDnsResolver.INSTANCE);
    }

    private void start(OutboundAddressPolicy addressPolicy, DnsResolver dns) {
        this.policy = addressPolicy;
        this.resolver = new PolicyDnsResolver(addressPolicy, dns);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT_TIMEOUT)
                                .setSocketTimeout(ANSWER_TIMEOUT).build())
                        .setMaxConnTotal(Math.max(50, 4 * perHost)).setMaxConnPerRoute(perHost)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(ANSWER_TIMEOUT)
                        .setConnectionRequestTimeout(CONNECT_TIMEOUT).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    @PreDestroy
    void stop() {
        http.close(CloseMode.GRACEFUL);
    }

    /**
     * Checks a URL when a tenant configures it: its form, and every address its host resolves to now.
     *
     * @throws OutboundRefusedException saying why it may not be called
     */
    public URI requireAllowed(String url) {
        URI uri = policy.requireUrl(url);
        try {
            resolver.resolve(uri.getHost());
        } catch (PolicyDnsResolver.RefusedAddress e) {
            throw new OutboundRefusedException(e.getMessage());
        } catch (UnknownHostException e) {
            throw new OutboundRefusedException("host " + uri.getHost() + " does not resolve");
        }
        return uri;
    }

    /**
     * POSTs a JSON body with the given headers and answers the status code; the answer's body is read and dropped.
     *
     * @throws OutboundRefusedException when the URL or an address its host resolves to now may not be called;
     *                                  nothing was sent
     * @throws IOException              when the partner cannot be reached or does not answer in time
     */
    public int postJson(String url, Map<String, String> headers, String json) throws IOException {
        URI uri = policy.requireUrl(url);
        HttpPost post = new HttpPost(uri);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        try {
            return http.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
        } catch (PolicyDnsResolver.RefusedAddress e) {
            throw new OutboundRefusedException(e.getMessage());
        }
    }

    /** What a flow's API call answered: the status and the body (UTF-8). */
    public record Answer(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * POSTs a JSON body and answers the status and the answer's body, for a flow's API node: the answer must come
     * within {@code timeout} and be at most {@code maxBytes} long.
     *
     * @throws OutboundRefusedException when the URL or an address its host resolves to may not be called
     * @throws IOException              when the partner cannot be reached, is too slow or answers too much
     */
    public Answer postJsonForAnswer(String url, String json, java.time.Duration timeout, int maxBytes)
            throws IOException {
        URI uri = policy.requireUrl(url);
        HttpPost post = new HttpPost(uri);
        post.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout))
                .setConnectionRequestTimeout(CONNECT_TIMEOUT).build());
        post.setHeader("Accept", "application/json");
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        try {
            return http.execute(post, response -> {
                byte[] body = response.getEntity() == null ? new byte[0]
                        : response.getEntity().getContent().readNBytes(maxBytes + 1);
                if (body.length > maxBytes) {
                    throw new IOException("the answer is larger than " + maxBytes + " bytes");
                }
                return new Answer(response.getCode(), new String(body, StandardCharsets.UTF_8));
            });
        } catch (PolicyDnsResolver.RefusedAddress e) {
            throw new OutboundRefusedException(e.getMessage());
        }
    }
}
