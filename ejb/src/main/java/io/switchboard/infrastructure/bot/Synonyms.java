package io.switchboard.infrastructure.bot;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's synonym list: in each group every word is replaced by the group's first, longest words first, so
 * "退钱" and "退款" are one word to the index. Plain text replacement, because Chinese has no spaces to split on.
 */
final class Synonyms {

    private final Map<String, String> canonical = new LinkedHashMap<>();

    Synonyms(List<List<String>> groups) {
        Map<String, String> all = new java.util.HashMap<>();
        for (List<String> group : groups == null ? List.<List<String>>of() : groups) {
            List<String> words = group.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
            for (int i = 1; i < words.size(); i++) {
                if (!words.get(0).contains(words.get(i))) { // "改" for "修改" would turn 修改 into 修修改
                    all.putIfAbsent(words.get(i), words.get(0));
                }
            }
        }
        all.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
                .reversed()).forEach(e -> canonical.put(e.getKey(), e.getValue()));
    }

    String canonical(String text) {
        String out = text;
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
