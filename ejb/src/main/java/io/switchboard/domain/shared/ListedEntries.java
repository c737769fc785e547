package io.switchboard.domain.shared;

import java.util.function.BiConsumer;

/** {@link SharedEntries} every node holds in full (a replicated cache), so they can be listed without asking others. */
public interface ListedEntries extends SharedEntries {

    /** Each entry whose key starts with {@code prefix}, from this node's copy. */
    void forEach(String prefix, BiConsumer<String, String> entry);
}
