package io.switchboard.interfaces.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table over any paged service list: the service does the paging (offset, limit ≤ 500) and the
 * counting; the view supplies the two calls and the row key. Filters live in the view, not in the table.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** (offset, limit) → the page. */
    public interface Loader<T> extends Serializable {
        List<T> load(int offset, int limit);
    }

    public interface Counter extends Serializable {
        long count();
    }

    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Loader<T> loader;
    private final Counter counter;
    private final Key<T> key;
    private long cap = Integer.MAX_VALUE;
    private boolean capped;

    public PagedRows(Loader<T> loader, Counter counter, Key<T> key) {
        this.loader = loader;
        this.counter = counter;
        this.key = key;
    }

    /** The counter stops counting above {@code cap}: the table then shows {@code cap} rows' pages and {@link #isCapped}. */
    public PagedRows<T> cappedAt(long cap) {
        this.cap = cap;
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        long n = counter.count();
        capped = n > cap;
        return (int) Math.min(cap, n);
    }

    /** Whether the last count stopped at the cap: there are more rows than the table says ("10000+"). */
    public boolean isCapped() {
        return capped;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return loader.load(first, Math.max(1, Math.min(pageSize, 500)));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null; // rows are chosen by id through actions, not by PrimeFaces selection
    }

}
