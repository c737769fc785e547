package io.switchboard.infrastructure.visitor;

import io.switchboard.domain.model.visitor.UserAgentInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ua_parser.CachingParser;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * User agents read with uap-java, the Java port of the ua-parser project: its regular expressions (bundled in the
 * jar, no download) are the ones most log tools use and are kept up to date by that project.
 */
@ApplicationScoped
public class UapUserAgentParser implements UserAgentInfo.Parser {

    private static final Set<String> MOBILE_OS = Set.of("Android", "iOS", "HarmonyOS", "Windows Phone", "KaiOS");
    private static final String OTHER = "Other";

    /**
     * Chinese in-app browsers the bundled regexes (late 2023) report only as their engine, checked first; visitors
     * arriving from a WeChat or DingTalk chat are common in this trade.
     */
    private static final List<InApp> IN_APP = List.of(
            new InApp(Pattern.compile("wxwork/(\\d+)"), "WeCom"),
            new InApp(Pattern.compile("MicroMessenger/(\\d+)"), "WeChat"),
            new InApp(Pattern.compile("DingTalk/(\\d+)"), "DingTalk"),
            new InApp(Pattern.compile("AlipayClient/(\\d+)"), "Alipay"));

    private record InApp(Pattern pattern, String name) {
    }

    private final Parser parser = new CachingParser(2_000);

    @Override
    public UserAgentInfo parse(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UserAgentInfo.UNKNOWN;
        }
        Client client;
        synchronized (parser) { // the cache is a plain LRU map
            client = parser.parse(userAgent);
        }
        String os = named(client.os.family, client.os.major);
        String browser = named(client.userAgent.family, client.userAgent.major);
        for (InApp app : IN_APP) {
            Matcher m = app.pattern().matcher(userAgent);
            if (m.find()) {
                browser = app.name() + " " + m.group(1);
                break;
            }
        }
        return new UserAgentInfo(os, browser, device(client));
    }

    private static String device(Client client) {
        String family = client.device.family;
        if ("Spider".equals(family)) {
            return "Bot";
        }
        if (family == null || OTHER.equals(family)) {
            return MOBILE_OS.contains(client.os.family) ? "Mobile" : "Desktop";
        }
        return family;
    }

    private static String named(String family, String major) {
        if (family == null || OTHER.equals(family)) {
            return null;
        }
        return major == null || major.isEmpty() ? family : family + " " + major;
    }
}
