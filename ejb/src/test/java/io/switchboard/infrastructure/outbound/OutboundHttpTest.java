package io.switchboard.infrastructure.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.switchboard.domain.model.outbound.OutboundAddressPolicy;
import io.switchboard.domain.model.outbound.OutboundRefusedException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound client against a real HTTP receiver on loopback, with DNS played by a fake resolver: a name that
 * resolved to a public address when it was checked and to loopback when the call is made (DNS rebinding) is never
 * connected to; the same receiver is reached once the operator allows its address.
 */
class OutboundHttpTest {

    /** DNS under the test's control: the name answers whatever address is current. */
    private static final class FakeDns implements DnsResolver {
        final AtomicReference<InetAddress> answer = new AtomicReference<>();
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            asked.add(host);
            if (host.equals("partner.example")) {
                return new InetAddress[] {answer.get()};
            }
            return InetAddress.getAllByName(host); // IP literals
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final FakeDns dns = new FakeDns();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("X-Test") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        receiver.createContext("/answer", exchange -> {
            byte[] body = ("{\"data\":{\"level\":\"gold\"},\"asked\":"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        receiver.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/big", exchange -> {
            byte[] body = new byte[70_000];
            java.util.Arrays.fill(body, (byte) 'a');
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private int port() {
        return receiver.getAddress().getPort();
    }

    @Test
    void aNameThatTurnsIntoLoopbackAfterTheCheckIsNeverConnectedTo() throws Exception {
        OutboundHttp http = new OutboundHttp(OutboundAddressPolicy.publicOnly(), dns);
        try {
            dns.answer.set(InetAddress.getByName("93.184.215.14"));
            String url = "http://partner.example:" + port() + "/hook";
            assertEquals("partner.example", http.requireAllowed(url).getHost(), "public when the webhook is saved");

            dns.answer.set(InetAddress.getLoopbackAddress()); // the name is rebound
            OutboundRefusedException e = assertThrows(OutboundRefusedException.class,
                    () -> http.postJson(url, Map.of("X-Test", "1"), "{}"));
            assertTrue(e.getMessage().startsWith("partner.example (127.0.0.1) is a loopback address"), e.getMessage());
            assertTrue(received.isEmpty(), "nothing reached the receiver");
            assertTrue(dns.asked.stream().filter("partner.example"::equals).count() >= 2, "resolved again at the call");
        } finally {
            http.stop();
        }
    }

    @Test
    void literalLoopbackAndPrivateUrlsAreRefusedBeforeAnyConnection() throws Exception {
        OutboundHttp http = new OutboundHttp(OutboundAddressPolicy.publicOnly(), dns);
        try {
            for (String url : List.of("http://127.0.0.1:" + port() + "/hook", "http://[::ffff:127.0.0.1]:" + port() + "/hook",
                    "http://localhost:" + port() + "/hook")) {
                assertThrows(OutboundRefusedException.class, () -> http.requireAllowed(url), url);
                assertThrows(OutboundRefusedException.class, () -> http.postJson(url, Map.of(), "{}"), url);
            }
            assertThrows(OutboundRefusedException.class, () -> http.requireAllowed("http://[::1]:8080/"));
            assertThrows(OutboundRefusedException.class, () -> http.requireAllowed("http://10.0.0.1/"));
            assertThrows(OutboundRefusedException.class, () -> http.requireAllowed("http://169.254.169.254/latest/"));
            assertThrows(OutboundRefusedException.class, () -> http.requireAllowed("http://u:p@8.8.8.8/"));
            assertTrue(received.isEmpty());
        } finally {
            http.stop();
        }
    }

    @Test
    void anAllowedAddressIsCalledWithTheHeadersAndRedirectsAreNotFollowed() throws Exception {
        OutboundHttp http = new OutboundHttp(OutboundAddressPolicy.of("127.0.0.1/32"), dns);
        try {
            dns.answer.set(InetAddress.getLoopbackAddress());
            assertEquals(204, http.postJson("http://partner.example:" + port() + "/hook", Map.of("X-Test", "42"),
                    "{\"a\":1}"));
            assertEquals(List.of("42 {\"a\":1}"), received);
            assertEquals(302, http.postJson("http://127.0.0.1:" + port() + "/moved", Map.of(), "{}"),
                    "the redirect is the answer, never followed");
        } finally {
            http.stop();
        }
    }

    /** A flow's API node reads the answer: within its own time limit and up to a size, else the call failed. */
    @Test
    void anAnswerIsReadWithinItsTimeAndSize() throws Exception {
        OutboundHttp http = new OutboundHttp(OutboundAddressPolicy.of("127.0.0.1/32"), dns);
        try {
            String base = "http://127.0.0.1:" + port();
            OutboundHttp.Answer answer = http.postJsonForAnswer(base + "/answer", "{\"phone\":\"138\"}",
                    java.time.Duration.ofSeconds(2), 10_000);
            assertEquals(200, answer.status());
            assertEquals("{\"data\":{\"level\":\"gold\"},\"asked\":{\"phone\":\"138\"}}", answer.body());
            long start = System.nanoTime();
            assertThrows(java.io.IOException.class, () -> http.postJsonForAnswer(base + "/slow", "{}",
                    java.time.Duration.ofMillis(500), 10_000));
            assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up after its own time limit, not the server's");
            assertThrows(java.io.IOException.class, () -> http.postJsonForAnswer(base + "/big", "{}",
                    java.time.Duration.ofSeconds(2), 65_536));
            assertThrows(OutboundRefusedException.class, () -> http.postJsonForAnswer("http://10.0.0.1/x", "{}",
                    java.time.Duration.ofSeconds(2), 100));
        } finally {
            http.stop();
        }
    }
}
