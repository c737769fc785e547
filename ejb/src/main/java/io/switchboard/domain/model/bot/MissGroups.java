package io.switchboard.domain.model.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Question mining (FL-3, S3 §2.13): a bot's misses grouped by what they ask. Each question's words (as the bot's
 * matcher sees them: segmented, synonyms replaced, filler words dropped) are compared with each group's first
 * question; the question joins the group it shares the most words with (Dice coefficient, at least
 * {@link #SIMILAR}), or starts a new one. Identical questions always share a group. Plain Java, no state.
 */
public final class MissGroups {

    /** How much two questions must share to be one group: 2·|A∩B| / (|A| + |B|). */
    public static final double SIMILAR = 0.5;
    /** The distinct questions a group lists (all count). */
    public static final int SHOWN = 10;

    /** A question asked {@code count} times, last at {@code lastSeen}. */
    public record Asked(String question, int count, Instant lastSeen) {
    }

    /** A group: its most asked question first; {@code count} is every miss of the group. */
    public record Group(String question, int count, Instant lastSeen, List<Asked> questions) {
    }

    private MissGroups() {
    }

    /** The groups of these misses, most asked first (then the most recently asked). */
    public static List<Group> of(List<FaqMiss> misses, Function<String, Set<String>> words) {
        Map<String, Asked> asked = new LinkedHashMap<>();
        for (FaqMiss m : misses) {
            String q = m.getQuestion().strip();
            asked.merge(q, new Asked(q, 1, m.getAskedAt()), (a, b) -> new Asked(q, a.count() + b.count(),
                    a.lastSeen().isAfter(b.lastSeen()) ? a.lastSeen() : b.lastSeen()));
        }
        List<Asked> byCount = new ArrayList<>(asked.values());
        byCount.sort(Comparator.comparingInt(Asked::count).thenComparing(Asked::lastSeen).reversed());

        List<Set<String>> heads = new ArrayList<>();
        List<List<Asked>> members = new ArrayList<>();
        Map<String, Set<String>> cache = new HashMap<>();
        for (Asked a : byCount) {
            Set<String> w = cache.computeIfAbsent(a.question(), words);
            int best = -1;
            double bestScore = SIMILAR;
            for (int g = 0; g < heads.size(); g++) {
                double score = dice(w, heads.get(g));
                if (score >= bestScore && (best < 0 || score > bestScore)) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best < 0) {
                heads.add(w);
                members.add(new ArrayList<>(List.of(a)));
            } else {
                members.get(best).add(a);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (List<Asked> m : members) {
            int count = m.stream().mapToInt(Asked::count).sum();
            Instant last = m.stream().map(Asked::lastSeen).max(Comparator.naturalOrder()).orElseThrow();
            groups.add(new Group(m.get(0).question(), count, last, List.copyOf(m.subList(0, Math.min(SHOWN, m.size())))));
        }
        groups.sort(Comparator.comparingInt(Group::count).thenComparing(Group::lastSeen).reversed());
        return groups;
    }

    /** 2·|A∩B| / (|A| + |B|); 1 for two empty sets. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
