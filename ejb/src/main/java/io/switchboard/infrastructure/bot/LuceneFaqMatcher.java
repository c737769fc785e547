package io.switchboard.infrastructure.bot;

import io.switchboard.domain.model.bot.FaqAnswer;
import io.switchboard.domain.model.bot.FaqMatcher;
import io.switchboard.domain.model.bot.FaqRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A FAQ bot's rules in an in-memory Lucene index (FL-2): every question and variant is a document, segmented into
 * Chinese words by smartcn (English words are lower-cased and stemmed), and searched with BM25. The rules are ranked
 * by their best document's BM25 score; how sure a match is comes from the words the question and that document share,
 * each weighted by its rarity in the rule set (a weighted Dice coefficient in [0, 1]): sharing "退款" counts, sharing
 * "怎么" hardly does. Synonyms of the tenant's list are replaced by the list's first word before anything else, in
 * the rules and in the question alike. Immutable once built; safe for any number of threads.
 */
public final class LuceneFaqMatcher implements FaqMatcher {

    private static final String TEXT = "text";
    private static final String RULE = "rule";
    /** Documents read per question before the rules are ranked. */
    private static final int HITS = 40;

    private final List<FaqRule> rules;
    private final FaqMatcher.Thresholds thresholds;
    private final Analyzer analyzer = new FaqAnalyzer();
    private final Synonyms synonyms;
    private final IndexSearcher searcher;
    /** Per document (global id): the rule's index in {@link #rules} and the document's words. */
    private final int[] ruleOf;
    private final String[][] wordsOf;
    private final Map<String, Double> idf = new HashMap<>();
    private final double unknownIdf;

    /**
     * @param synonyms groups of words that mean the same, the first of each group the one kept (e.g. 退款, 退钱, 退费)
     */
    public LuceneFaqMatcher(List<FaqRule> rules, List<List<String>> synonyms, FaqMatcher.Thresholds thresholds) {
        this.rules = List.copyOf(rules);
        this.thresholds = thresholds;
        this.synonyms = new Synonyms(synonyms);
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < this.rules.size(); i++) {
                    FaqRule rule = this.rules.get(i);
                    add(writer, i, rule.question());
                    for (String variant : rule.variants()) {
                        add(writer, i, variant);
                    }
                }
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            ruleOf = new int[reader.maxDoc()];
            wordsOf = new String[reader.maxDoc()][];
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    Document doc = stored.document(d);
                    ruleOf[leaf.docBase + d] = doc.getField(RULE).numericValue().intValue();
                    wordsOf[leaf.docBase + d] = analyzed(doc.get(TEXT)).toArray(String[]::new);
                }
            }
            int n = Math.max(1, reader.maxDoc());
            for (String[] words : wordsOf) {
                for (String w : words) {
                    idf.computeIfAbsent(w, t -> {
                        try {
                            return bm25Idf(reader.docFreq(new Term(TEXT, t)), n);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
            unknownIdf = bm25Idf(0, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the FAQ rules", e);
        }
    }

    private static double bm25Idf(int docFreq, int docs) {
        return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
    }

    private void add(IndexWriter writer, int rule, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        Document doc = new Document();
        doc.add(new TextField(TEXT, synonyms.canonical(text), Field.Store.YES));
        doc.add(new StoredField(RULE, rule));
        writer.addDocument(doc);
    }

    @Override
    public FaqAnswer match(String question) {
        List<Scored> best = ranked(question, 3);
        if (best.isEmpty() || best.get(0).confidence() < thresholds.suggest()) {
            return new FaqAnswer.Missed();
        }
        if (best.get(0).confidence() >= thresholds.answer()) {
            return new FaqAnswer.Answered(best.get(0).rule(), best.get(0).confidence());
        }
        return new FaqAnswer.Suggested(best.stream().filter(s -> s.confidence() >= thresholds.suggest())
                .map(Scored::rule).toList(), best.get(0).confidence());
    }

    @Override
    public List<Scored> ranked(String question, int limit) {
        if (question == null || question.isBlank() || rules.isEmpty()) {
            return List.of();
        }
        Set<String> asked = analyzed(synonyms.canonical(question));
        if (asked.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        asked.forEach(w -> query.add(new TermQuery(new Term(TEXT, w)), BooleanClause.Occur.SHOULD));
        ScoreDoc[] hits;
        try {
            hits = searcher.search(query.build(), HITS).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double askedWeight = weight(asked);
        Map<Integer, double[]> byRule = new LinkedHashMap<>(); // rule → {best BM25, best confidence}
        for (ScoreDoc hit : hits) {
            double confidence = dice(asked, askedWeight, wordsOf[hit.doc]);
            byRule.merge(ruleOf[hit.doc], new double[] {hit.score, confidence},
                    (a, b) -> new double[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<Map.Entry<Integer, double[]>> ordered = new ArrayList<>(byRule.entrySet());
        ordered.sort(Comparator.comparingDouble((Map.Entry<Integer, double[]> e) -> e.getValue()[1])
                .thenComparingDouble(e -> e.getValue()[0]).reversed());
        return ordered.stream().limit(limit).map(e -> new Scored(rules.get(e.getKey()), e.getValue()[1])).toList();
    }

    /** The words two texts share, weighted by rarity: 2·w(A∩B) / (w(A) + w(B)). */
    private double dice(Set<String> asked, double askedWeight, String[] doc) {
        double shared = 0;
        double docWeight = 0;
        for (String w : doc) {
            double weight = idf.getOrDefault(w, unknownIdf);
            docWeight += weight;
            if (asked.contains(w)) {
                shared += weight;
            }
        }
        return askedWeight + docWeight == 0 ? 0 : 2 * shared / (askedWeight + docWeight);
    }

    private double weight(Set<String> words) {
        double sum = 0;
        for (String w : words) {
            sum += idf.getOrDefault(w, unknownIdf);
        }
        return sum;
    }

    @Override
    public Set<String> words(String question) {
        return question == null ? Set.of() : analyzed(synonyms.canonical(question));
    }

    /** The distinct words of a text as the index sees them. */
    private Set<String> analyzed(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public int ruleCount() {
        return rules.size();
    }
}
