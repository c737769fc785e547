package io.switchboard.domain.model.routing;

import io.switchboard.domain.model.seat.AgentStatus;
import java.time.Duration;
import java.time.Instant;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Routing decisions at contact-center scale: 2,000 agents in 50 skill groups (each agent in one or two groups,
 * all five strategies), every agent at its cap and 5,000 conversations waiting. One operation is two
 * decisions in steady state: an agent closes a chat and the freed slot is given to the head of their groups'
 * queues (dispatch), then a new visitor arrives and is routed (queued, since everyone is busy again).
 * Run with {@code mvn -Pbench -pl ejb -am verify -DskipTests}.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingEngineBenchmark {

    static final int AGENTS = 2_000;
    static final int GROUPS = 50;
    static final int QUEUED = 5_000;

    private final RoutingEngine engine = new RoutingEngine();
    private RoutingBoard board;
    private long[] closeOrder;
    private int next;
    private long nextConversation;
    private Instant now;
    private Random random;

    @Setup(Level.Iteration)
    public void setUp() {
        random = new Random(42);
        now = Instant.parse("2026-11-20T02:00:00Z");
        List<SeatState> seats = new ArrayList<>();
        List<List<Member>> members = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            members.add(new ArrayList<>());
        }
        for (long a = 1; a <= AGENTS; a++) {
            int cap = 3 + random.nextInt(8);
            seats.add(new SeatState(a, AgentStatus.ONLINE, cap, cap, random.nextInt(50), now.minusSeconds(random.nextInt(3600))));
            int home = (int) (a % GROUPS);
            members.get(home).add(new Member(a, 1 + random.nextInt(3)));
            if (random.nextBoolean()) {
                members.get((home + 1 + random.nextInt(GROUPS - 1)) % GROUPS).add(new Member(a, 2 + random.nextInt(3)));
            }
        }
        List<GroupState> groups = new ArrayList<>();
        RoutingStrategy[] strategies = RoutingStrategy.values();
        for (int g = 0; g < GROUPS; g++) {
            groups.add(new GroupState(1000 + g, true, strategies[g % strategies.length], 0, 0, members.get(g), 0));
        }
        List<WaitingConversation> waiting = new ArrayList<>();
        for (nextConversation = 1; nextConversation <= QUEUED; nextConversation++) {
            waiting.add(WaitingConversation.of(nextConversation, random.nextInt(10) == 0 ? 1 : 0, candidates()));
        }
        board = new RoutingBoard(seats, groups, waiting);
        closeOrder = new long[1 << 16];
        for (int i = 0; i < closeOrder.length; i++) {
            closeOrder[i] = 1 + random.nextInt(AGENTS);
        }
    }

    private List<Long> candidates() {
        long first = 1000 + random.nextInt(GROUPS);
        return random.nextInt(4) == 0 ? List.of(first, 1000 + (first - 1000 + 1) % GROUPS) : List.of(first);
    }

    /** Close one chat, dispatch the freed slot, route one new arrival: two routing decisions. */
    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    public void closeThenArrive(Blackhole bh) {
        now = now.plusMillis(10);
        long agent = closeOrder[next++ & (closeOrder.length - 1)];
        board.seat(agent).released();
        bh.consume(engine.dispatch(board, board.groupsOf(agent), now));
        long id = nextConversation++;
        bh.consume(engine.arrive(board, id, 0, candidates(), 0, Duration.ZERO, now));
    }
}
