package io.switchboard.infrastructure.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.visitor.UserAgentInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAgentAndRegionTest {

    private final UapUserAgentParser parser = new UapUserAgentParser();

    @Test
    void commonBrowsersAreNamed() {
        assertEquals(new UserAgentInfo("Windows 10", "Chrome 131", "Desktop"), parser.parse(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"));
        assertEquals(new UserAgentInfo("iOS 17", "Mobile Safari 17", "iPhone"), parser.parse(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Version/17.4 Mobile/15E148 Safari/604.1"));
        UserAgentInfo wechat = parser.parse("Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 "
                + "MicroMessenger/8.0.40.2420(0x28002855) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN");
        assertEquals("Android 13", wechat.os());
        assertEquals("WeChat 8", wechat.browser(), wechat.toString());
        assertEquals(UserAgentInfo.UNKNOWN, parser.parse(""));
        assertEquals("Bot", parser.parse("Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)").device());
    }

    @Test
    void regionsComeFromTheLocalTableAndPrivateAddressesAreLan(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("regions.csv");
        Files.writeString(csv, "# first,last,region\n1.0.1.0,1.0.3.255,中国 福建 福州\n"
                + "203.0.113.0,203.0.113.255,Example Net\n2001:db8::,2001:db8::ffff,IPv6 test\n");
        LocalRegionLocator locator = new LocalRegionLocator();
        locator.ranges = LocalRegionLocator.read(csv);
        assertEquals("中国 福建 福州", locator.regionOf("1.0.2.7").orElseThrow());
        assertEquals("Example Net", locator.regionOf("203.0.113.255").orElseThrow());
        assertEquals("IPv6 test", locator.regionOf("2001:db8::12").orElseThrow());
        assertTrue(locator.regionOf("1.0.4.0").isEmpty());
        assertTrue(locator.regionOf("8.8.8.8").isEmpty());
        assertEquals("LAN", locator.regionOf("127.0.0.1").orElseThrow());
        assertEquals("LAN", locator.regionOf("192.168.1.20").orElseThrow());
        assertEquals("LAN", locator.regionOf("fd00::1").orElseThrow());
        assertTrue(locator.regionOf("example.com").isEmpty(), "names are never resolved");
        assertTrue(locator.regionOf(null).isEmpty());

        Files.write(csv, List.of("1.0.1.0,nonsense,X"));
        assertThrows(IllegalArgumentException.class, () -> LocalRegionLocator.read(csv));
    }
}
