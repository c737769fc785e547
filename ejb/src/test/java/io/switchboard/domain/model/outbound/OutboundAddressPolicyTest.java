package io.switchboard.domain.model.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundAddressPolicyTest {

    private final OutboundAddressPolicy strict = OutboundAddressPolicy.publicOnly();

    private static InetAddress ip(String literal) {
        return AddressRange.literal(literal);
    }

    private static Optional<String> judge(OutboundAddressPolicy policy, String literal) {
        return policy.refusal(literal, ip(literal));
    }

    @Test
    void everyNonPublicIpv4BlockIsRefused() {
        for (String address : List.of("0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "100.64.0.1", "100.127.255.254",
                "127.0.0.1", "127.0.0.2", "127.255.255.255", "169.254.169.254", "169.254.0.1", "172.16.0.1", "172.31.255.255",
                "192.0.0.8", "192.0.2.10", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.255", "198.51.100.7",
                "203.0.113.9", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255")) {
            assertTrue(judge(strict, address).isPresent(), address + " must be refused");
        }
    }

    @Test
    void publicIpv4AddressesAreCalled() {
        for (String address : List.of("8.8.8.8", "1.1.1.1", "93.184.215.14", "100.63.255.255", "100.128.0.0",
                "172.15.255.255", "172.32.0.0", "169.253.255.255", "192.169.0.1", "198.20.0.1", "223.255.255.254")) {
            assertEquals(Optional.empty(), judge(strict, address), address + " is public");
        }
    }

    @Test
    void everyNonPublicIpv6BlockIsRefused() {
        for (String address : List.of("::", "::1", "::7f00:1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "fec0::1",
                "ff02::1", "ff05::1:3", "100::1", "2001::1", "2001:db8::1", "2002:a00:1::1", "3fff::1", "64:ff9b:1::1",
                "::ffff:0:a00:1")) {
            assertTrue(judge(strict, address).isPresent(), address + " must be refused");
        }
    }

    @Test
    void publicIpv6AddressesAreCalled() {
        for (String address : List.of("2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2400:cb00::1")) {
            assertEquals(Optional.empty(), judge(strict, address), address + " is public");
        }
    }

    @Test
    void ipv4InsideIpv6IsJudgedAsIpv4() throws Exception {
        // the JDK turns ::ffff:a.b.c.d into an IPv4 address; built from bytes it stays IPv6 — both are refused
        assertTrue(judge(strict, "::ffff:127.0.0.1").isPresent());
        assertTrue(judge(strict, "::ffff:169.254.169.254").isPresent());
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[15] = 1;
        InetAddress asIpv6 = Inet6Address.getByAddress(null, mapped, -1);
        assertTrue(asIpv6 instanceof Inet6Address);
        assertTrue(strict.refusal(null, asIpv6).orElseThrow().contains("private"), strict.refusal(null, asIpv6).toString());
        // NAT64: the IPv4 address inside decides
        assertTrue(judge(strict, "64:ff9b::7f00:1").isPresent(), "NAT64 of 127.0.0.1");
        assertTrue(judge(strict, "64:ff9b::a9fe:a9fe").isPresent(), "NAT64 of 169.254.169.254");
        assertEquals(Optional.empty(), judge(strict, "64:ff9b::808:808"), "NAT64 of 8.8.8.8");
    }

    @Test
    void theRefusalSaysWhatTheAddressIsAndHowToAllowIt() {
        String reason = strict.refusal("localhost", ip("127.0.0.1")).orElseThrow();
        assertTrue(reason.startsWith("localhost (127.0.0.1) is a loopback address"), reason);
        assertTrue(reason.contains("SWITCHBOARD_OUTBOUND_ALLOW"), reason);
        assertTrue(judge(strict, "169.254.169.254").orElseThrow().contains("link-local"));
        assertTrue(judge(strict, "10.0.0.1").orElseThrow().contains("private"));
        assertTrue(judge(strict, "fd00::1").orElseThrow().contains("unique local"));
        assertTrue(judge(strict, "100.64.0.1").orElseThrow().contains("carrier-grade NAT"));
    }

    @Test
    void theOperatorAllowsBlocksAddressesAndHostNames() {
        OutboundAddressPolicy policy = OutboundAddressPolicy.of(" 10.1.0.0/16 , 127.0.0.2,fd00:1::/32, Hooks.Internal.Example.,");
        assertEquals(Optional.empty(), judge(policy, "10.1.200.3"));
        assertTrue(judge(policy, "10.2.0.1").isPresent(), "outside the allowed block");
        assertEquals(Optional.empty(), judge(policy, "127.0.0.2"));
        assertEquals(Optional.empty(), judge(policy, "::ffff:127.0.0.2"), "the mapped form of an allowed address");
        assertTrue(judge(policy, "127.0.0.1").isPresent(), "a single address allows only itself");
        assertEquals(Optional.empty(), judge(policy, "fd00:1:abcd::9"));
        assertTrue(judge(policy, "fd00:2::9").isPresent());
        assertEquals(Optional.empty(), policy.refusal("hooks.internal.example", ip("192.168.7.7")), "an allowed name");
        assertEquals(Optional.empty(), policy.refusal("HOOKS.internal.example.", ip("10.9.9.9")), "case and the root dot");
        assertTrue(policy.refusal("other.internal.example", ip("192.168.7.7")).isPresent());
        assertEquals(Optional.empty(), judge(OutboundAddressPolicy.of("0.0.0.0/0"), "127.0.0.1"), "the operator's call");
    }

    @Test
    void aWrongAllowEntryIsNamed() {
        for (String bad : List.of("10.0.0.0/33", "10.0.0.0/x", "::1/129", "not a host!", "300.1.1.1/8", "under_score.example")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutboundAddressPolicy.of(bad), bad);
            assertTrue(e.getMessage().startsWith("SWITCHBOARD_OUTBOUND_ALLOW: "), e.getMessage());
        }
        assertEquals(Optional.empty(), judge(OutboundAddressPolicy.of("  "), "8.8.8.8"));
    }

    @Test
    void oneRefusedAddressRefusesTheName() {
        InetAddress[] mixed = {ip("93.184.215.14"), ip("10.0.0.5")};
        OutboundRefusedException e = assertThrows(OutboundRefusedException.class,
                () -> strict.requireAllowed("mixed.example", mixed));
        assertTrue(e.getMessage().startsWith("mixed.example (10.0.0.5) is a private address"), e.getMessage());
        assertThrows(OutboundRefusedException.class, () -> strict.requireAllowed("none.example", new InetAddress[0]));
        assertEquals(1, strict.requireAllowed("ok.example", new InetAddress[] {ip("93.184.215.14")}).length);
    }

    @Test
    void onlyHttpAndHttpsWithAHostAndNoUserInformation() {
        assertEquals("https://partner.example/hook?x=1", strict.requireUrl(" https://partner.example/hook?x=1 ").toString());
        assertEquals("http", strict.requireUrl("HTTP://partner.example/").getScheme().toLowerCase());
        for (String bad : List.of("ftp://partner.example/", "file:///etc/passwd", "gopher://partner.example:70/",
                "jar:http://partner.example/x.jar!/", "//partner.example/hook", "/hook", "http:///hook",
                "http://user:pw@partner.example/", "http://user@partner.example/", "http://partner example/", "")) {
            assertThrows(OutboundRefusedException.class, () -> strict.requireUrl(bad), bad);
        }
        assertThrows(OutboundRefusedException.class, () -> strict.requireUrl(null));
    }

    @Test
    void rangesParseWithoutDns() {
        assertTrue(AddressRange.parse("10.0.0.0/8").contains(ip("10.20.30.40")));
        assertTrue(AddressRange.parse("127.0.0.2").contains(ip("127.0.0.2")));
        assertTrue(!AddressRange.parse("127.0.0.2").contains(ip("::1")), "IPv4 and IPv6 never match each other");
        assertThrows(IllegalArgumentException.class, () -> AddressRange.literal("localhost"));
        assertTrue(AddressRange.isLiteral("[::1]") && AddressRange.isLiteral("192.0.2.1") && !AddressRange.isLiteral("a.example"));
    }
}
