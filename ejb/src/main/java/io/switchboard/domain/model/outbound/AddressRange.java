package io.switchboard.domain.model.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); a single address is a block of
 * one. Parsing never asks DNS: only IP literals are accepted.
 */
public final class AddressRange {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private AddressRange(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * {@code address/prefix} or a single address.
     *
     * @throws IllegalArgumentException when it is not an IP literal with a fitting prefix length
     */
    public static AddressRange parse(String cidr) {
        String value = cidr.strip();
        int slash = value.indexOf('/');
        InetAddress address = literal(slash < 0 ? value : value.substring(0, slash));
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + cidr + "': the prefix length is not a number");
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("'" + cidr + "': the prefix length must be 0 to " + bits);
            }
        }
        return new AddressRange(mask(address.getAddress(), prefix), prefix, value);
    }

    /** Whether {@code value} is written as an IPv4 or IPv6 address (so it needs no DNS). */
    public static boolean isLiteral(String value) {
        String v = unbracket(value);
        return IPV4.matcher(v).matches() || IPV6.matcher(v).matches();
    }

    /**
     * The address an IP literal names, without asking DNS.
     *
     * @throws IllegalArgumentException when {@code value} is not an IP literal
     */
    public static InetAddress literal(String value) {
        String v = unbracket(value.strip());
        if (!isLiteral(v)) {
            throw new IllegalArgumentException("'" + value + "' is not an IP address");
        }
        try {
            return InetAddress.getByName(v); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + value + "' is not an IP address");
        }
    }

    public boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) {
            return false;
        }
        byte[] masked = mask(a, prefixLength);
        return java.util.Arrays.equals(masked, network);
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] out = address.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] = (byte) (out[i] & (0xff << (8 - keep)));
        }
        return out;
    }

    private static String unbracket(String value) {
        return value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
    }

    @Override
    public String toString() {
        return text;
    }
}
