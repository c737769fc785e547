package io.switchboard.domain.model.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which URLs and addresses Switchboard calls on a tenant's behalf. Only {@code http} and {@code https}, no user name
 * or password in the URL, and only public addresses: loopback, private (RFC 1918, IPv6 unique local), link-local
 * (with the cloud metadata address 169.254.169.254), carrier-grade NAT, multicast, unspecified, documentation,
 * benchmarking and reserved blocks are refused, also when written as IPv4-mapped or NAT64 IPv6 addresses. The
 * operator opens exceptions ({@code SWITCHBOARD_OUTBOUND_ALLOW}): CIDR blocks, single addresses or host names, for
 * partners that really live inside the network.
 *
 * <p>The policy judges addresses, not names, so it must be asked about the address actually connected to — see
 * {@code infrastructure.outbound.OutboundHttp}, which checks each address its resolver returns right before the
 * connection (a host name that resolved to a public address at configuration time may resolve to 127.0.0.1 later).
 */
public final class OutboundAddressPolicy {

    /** The environment variable (or system property {@code switchboard.outbound.allow}) with the exceptions. */
    public static final String ALLOW_SETTING = "SWITCHBOARD_OUTBOUND_ALLOW";

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    /** Blocks that are never a partner's public server, each with the words the refusal uses. */
    private static final Map<AddressRange, String> NOT_PUBLIC = new LinkedHashMap<>();

    static {
        block("0.0.0.0/8", "an unspecified ('this network') address");
        block("10.0.0.0/8", "a private address (RFC 1918)");
        block("100.64.0.0/10", "a carrier-grade NAT address (RFC 6598)");
        block("127.0.0.0/8", "a loopback address");
        block("169.254.0.0/16", "a link-local address (cloud metadata lives there)");
        block("172.16.0.0/12", "a private address (RFC 1918)");
        block("192.0.0.0/24", "an IETF protocol address");
        block("192.0.2.0/24", "a documentation address");
        block("192.88.99.0/24", "a 6to4 relay address");
        block("192.168.0.0/16", "a private address (RFC 1918)");
        block("198.18.0.0/15", "a benchmarking address");
        block("198.51.100.0/24", "a documentation address");
        block("203.0.113.0/24", "a documentation address");
        block("224.0.0.0/4", "a multicast address");
        block("240.0.0.0/4", "a reserved or broadcast address");
        block("::/128", "an unspecified address");
        block("::1/128", "a loopback address");
        block("::/96", "an IPv4-compatible address");
        block("::ffff:0:0:0/96", "an IPv4-translated address");
        block("64:ff9b:1::/48", "a local NAT64 address");
        block("100::/64", "a discard-only address");
        block("2001::/23", "an IETF protocol address (Teredo, ORCHID ...)");
        block("2001:db8::/32", "a documentation address");
        block("2002::/16", "a 6to4 address");
        block("3fff::/20", "a documentation address");
        block("fc00::/7", "a unique local address (fc00::/7)");
        block("fe80::/10", "a link-local address");
        block("fec0::/10", "a site-local address");
        block("ff00::/8", "a multicast address");
    }

    private static final AddressRange NAT64 = AddressRange.parse("64:ff9b::/96");

    private final List<AddressRange> allowedRanges;
    private final Set<String> allowedHosts;

    private OutboundAddressPolicy(List<AddressRange> allowedRanges, Set<String> allowedHosts) {
        this.allowedRanges = List.copyOf(allowedRanges);
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    private static void block(String cidr, String words) {
        NOT_PUBLIC.put(AddressRange.parse(cidr), words);
    }

    /**
     * The policy with the operator's exceptions: comma-separated CIDR blocks ({@code 10.1.0.0/16}), single addresses
     * ({@code 127.0.0.2}, {@code fd00::5}) and host names ({@code hooks.internal.example}); null or blank for none.
     *
     * @throws IllegalArgumentException naming the entry that is none of these
     */
    public static OutboundAddressPolicy of(String allowList) {
        List<AddressRange> ranges = new ArrayList<>();
        Set<String> hosts = new TreeSet<>();
        if (allowList != null) {
            for (String raw : allowList.split(",")) {
                String entry = raw.strip();
                if (entry.isEmpty()) {
                    continue;
                }
                if (entry.contains("/") || AddressRange.isLiteral(entry)) {
                    try {
                        ranges.add(AddressRange.parse(entry));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(ALLOW_SETTING + ": " + e.getMessage());
                    }
                } else if (HOST_NAME.matcher(hostKey(entry)).matches()) {
                    hosts.add(hostKey(entry));
                } else {
                    throw new IllegalArgumentException(ALLOW_SETTING + ": '" + entry
                            + "' is not a CIDR block, an IP address or a host name");
                }
            }
        }
        return new OutboundAddressPolicy(ranges, hosts);
    }

    /** No exceptions: public addresses only. */
    public static OutboundAddressPolicy publicOnly() {
        return of(null);
    }

    /**
     * The URL if its form may be called: absolute http(s), a host, no user information. Says nothing about the
     * address: the host is resolved and judged when the call is made ({@link #refusal}).
     *
     * @throws OutboundRefusedException saying what is wrong
     */
    public URI requireUrl(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new OutboundRefusedException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new OutboundRefusedException("must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new OutboundRefusedException("must not contain a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new OutboundRefusedException("must name a host");
        }
        return uri;
    }

    /**
     * Why Switchboard may not connect to {@code address}, which {@code host} resolved to, or empty when it may.
     * A host name or block on the operator's allow list always may.
     */
    public Optional<String> refusal(String host, InetAddress address) {
        InetAddress embedded = embeddedIpv4(address);
        if (host != null && allowedHosts.contains(hostKey(host))) {
            return Optional.empty();
        }
        for (AddressRange allowed : allowedRanges) {
            if (allowed.contains(address) || embedded != null && allowed.contains(embedded)) {
                return Optional.empty();
            }
        }
        for (Map.Entry<AddressRange, String> blocked : NOT_PUBLIC.entrySet()) {
            if (blocked.getKey().contains(address) || embedded != null && blocked.getKey().contains(embedded)) {
                String shown = host == null || AddressRange.isLiteral(host) ? address.getHostAddress()
                        : host + " (" + address.getHostAddress() + ")";
                return Optional.of(shown + " is " + blocked.getValue() + "; Switchboard only calls public addresses"
                        + " unless the operator allows this one in " + ALLOW_SETTING);
            }
        }
        return Optional.empty();
    }

    /**
     * Every address {@code host} resolved to, if each may be called. One refused address refuses them all: a
     * name that mixes public and internal addresses is not a partner's server.
     *
     * @throws OutboundRefusedException with the first refusal
     */
    public InetAddress[] requireAllowed(String host, InetAddress[] addresses) {
        if (addresses == null || addresses.length == 0) {
            throw new OutboundRefusedException(host + " has no address");
        }
        for (InetAddress a : addresses) {
            refusal(host, a).ifPresent(reason -> {
                throw new OutboundRefusedException(reason);
            });
        }
        return addresses;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address, else null. */
    static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] b = address.getAddress();
        boolean mapped = Arrays.equals(Arrays.copyOfRange(b, 0, 12),
                new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff});
        if (!mapped && !NAT64.contains(address)) {
            return null;
        }
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an IPv4 address
        }
    }

    private static String hostKey(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    @Override
    public String toString() {
        return "OutboundAddressPolicy[allowed ranges " + allowedRanges + ", hosts " + allowedHosts + "]";
    }
}
