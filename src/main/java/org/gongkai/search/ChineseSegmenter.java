package org.gongkai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Chinese words for full-text search: Lucene's smartcn (a hidden-Markov segmenter with its own dictionary). The
 * words are stored space-separated and indexed in PostgreSQL with the 'simple' configuration, which PostgreSQL
 * cannot segment by itself.
 */
@ApplicationScoped
public class ChineseSegmenter {
    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer(true);

    /**
     * Loads the dictionary on a worker once the server listens, so that no request pays the 1–2 s of the first call
     * (issue 9) and the start-up does not share the two cores with it (issue 17).
     */
    void warm(@jakarta.enterprise.event.Observes io.quarkus.vertx.http.HttpServerStart e) {
        io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool().execute(() -> segment("政府信息公开预热"));
    }

    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String w = term.toString().trim();
                if (!w.isEmpty()) out.add(w);
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("segmentation failed", e);
        }
        return out;
    }

    /** Distinct words of a query, in order. */
    public List<String> queryWords(String q) {
        return new ArrayList<>(new LinkedHashSet<>(words(q)));
    }

    public String segment(String text) {
        return String.join(" ", words(text));
    }
}
