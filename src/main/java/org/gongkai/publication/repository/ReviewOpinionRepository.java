package org.gongkai.publication.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.publication.ReviewOpinion;

@ApplicationScoped
@WithSession
public class ReviewOpinionRepository implements PanacheRepository<ReviewOpinion> {
    public Uni<List<ReviewOpinion>> forSubject(String type, String id) {
        return list("subjectType = ?1 and subjectId = ?2", Sort.by("id"), type, id);
    }
}
