package io.switchboard.infrastructure.bot;

import io.switchboard.domain.model.bot.FaqMatcher;
import io.switchboard.domain.model.bot.FaqRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The FAQ matcher's latency (FL-2 target: p99 ≤ 5 ms over 10,000 rules with 5 variants each). The rules are made of
 * two-character words drawn from common Chinese characters, 3 to 6 words a text; each question asked is a rule's
 * variant with one word left out and one word of another rule put in, so it matches neither exactly. Sample time,
 * so JMH prints the percentiles. Run with {@code mvn -Pbench -pl ejb -am verify -DskipTests
 * -Dbench.include=FaqMatchBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FaqMatchBenchmark {

    private static final String CHARS = "订单退款发货物流地址修改取消支付发票会员积分优惠券账号密码登录注册手机号码实名认证"
            + "售后换货保修尺码库存价格配送运费自提海外加急投诉电话客服时间下载消息通知活动规则申请到账查询进度";

    private LuceneFaqMatcher matcher;
    private List<String> questions;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        Random random = new Random(42);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            words.add("" + CHARS.charAt(random.nextInt(CHARS.length())) + CHARS.charAt(random.nextInt(CHARS.length())));
        }
        List<FaqRule> rules = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (int r = 0; r < 10_000; r++) {
            List<String> variants = new ArrayList<>();
            for (int v = 0; v < 4; v++) {
                variants.add(text(random, words));
            }
            String question = text(random, words);
            rules.add(new FaqRule(r + 1, question, variants, "答案 " + r));
            List<String> all = new ArrayList<>(variants);
            all.add(question);
            texts.add(all);
        }
        matcher = new LuceneFaqMatcher(rules, List.of(List.of("退款", "退钱")), FaqMatcher.Thresholds.DEFAULT);
        questions = new ArrayList<>();
        for (int q = 0; q < 5_000; q++) {
            String text = texts.get(random.nextInt(texts.size())).get(random.nextInt(5));
            questions.add("请问" + text.substring(2) + words.get(random.nextInt(words.size())) + "吗");
        }
    }

    private static String text(Random random, List<String> words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
            b.append(words.get(random.nextInt(words.size())));
        }
        return b.toString();
    }

    @Benchmark
    public Object match() {
        String q = questions.get(next++ % questions.size());
        return matcher.match(q);
    }
}
