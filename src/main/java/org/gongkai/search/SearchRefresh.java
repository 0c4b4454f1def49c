package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.jboss.logging.Logger;

/**
 * Rows written to the search before its current shape ({@link SearchIndex#INDEX_VERSION}) are rebuilt from their
 * stored text — weighted words, bigrams, the normalised document number — in the background after start-up, in
 * batches, segmented on this worker thread and written each in its own short transaction. Start-up does not wait.
 */
@ApplicationScoped
public class SearchRefresh {
    private static final Logger LOG = Logger.getLogger(SearchRefresh.class);
    static final int BATCH = 200;

    @Inject
    ChineseSegmenter segmenter;
    @Inject
    SearchIndex index;

    void onStart(@Observes HttpServerStart e) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                int n = refreshAll();
                if (n > 0) LOG.infof("search: %d documents rebuilt for index version %d", n, SearchIndex.INDEX_VERSION);
            } catch (Throwable t) {
                LOG.warn("search: rebuilding older documents failed; they stay searchable by their words: " + t.getMessage());
            }
        });
    }

    /** Rebuilds every older row; returns how many. Blocks: call on a worker. */
    public int refreshAll() throws Throwable {
        int total = 0;
        while (true) {
            List<Object[]> rows = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession().flatMap(s -> s
                    .createNativeQuery("select kind, ref_id, title, summary, body_text, doc_number, column_code, department_code, year, status, link "
                            + "from search_document where index_version < " + SearchIndex.INDEX_VERSION + " order by kind, ref_id limit " + BATCH, Object[].class)
                    .getResultList())));
            if (rows.isEmpty()) return total;
            List<SearchIndex.Document> docs = new ArrayList<>();
            for (Object[] r : rows) {
                docs.add(SearchIndex.prepare(segmenter, new SearchIndex.Source((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], List.of(), (String) r[6], (String) r[7], ((Number) r[8]).intValue(), (String) r[9], (String) r[10])));
            }
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (int i = 0; i < docs.size(); i++) {
                    int k = i;
                    chain = chain.flatMap(x -> index.rebuild(docs.get(k)));
                }
                return chain;
            }));
            total += rows.size();
        }
    }
}
