package io.switchboard.infrastructure.outbound;

import io.switchboard.domain.model.outbound.OutboundAddressPolicy;
import io.switchboard.domain.model.outbound.OutboundRefusedException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The resolver of Switchboard's outbound HTTP client: resolves the host, then lets the {@link OutboundAddressPolicy}
 * judge every address before the client may connect to one. Because the client connects only to what this returns,
 * the address judged is the address connected to: a name that resolved to a public address when the webhook was
 * saved and to 127.0.0.1 now (DNS rebinding) is refused now.
 */
final class PolicyDnsResolver implements DnsResolver {

    /** A refused address, as an {@link UnknownHostException} so the client neither connects nor retries. */
    static final class RefusedAddress extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedAddress(String reason) {
            super(reason);
        }
    }

    private final OutboundAddressPolicy policy;
    private final DnsResolver delegate;

    PolicyDnsResolver(OutboundAddressPolicy policy, DnsResolver delegate) {
        this.policy = policy;
        this.delegate = delegate;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = delegate.resolve(name);
        try {
            return policy.requireAllowed(name, addresses);
        } catch (OutboundRefusedException e) {
            throw new RefusedAddress(e.getMessage());
        }
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return delegate.resolveCanonicalHostname(host);
    }
}
