package org.gongkai.organisation.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.organisation.Department;

@ApplicationScoped
@WithSession
public class DepartmentRepository implements PanacheRepository<Department> {
    public Uni<List<Department>> active() {
        return list("active", Sort.by("sortOrder").and("code"), true);
    }

    public Uni<Department> byCode(String code) {
        return find("code", code).firstResult();
    }
}
