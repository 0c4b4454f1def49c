package org.gongkai.applications.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.applications.repository.ApplicationRepository;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.security.CurrentUser;

/** Who sees which application (decidim's permissions.rb in one place): the office and its reviewers every one; a department what was assigned to it. */
@ApplicationScoped
public class ApplicationPolicy {
    @Inject
    CurrentUser user;
    @Inject
    ApplicationRepository repository;

    public boolean seesAll() {
        return user.seesEveryDepartmentsDocuments();
    }

    /** Object-level rule: the office and its reviewers see all; a department only what was assigned to it. */
    public Uni<DisclosureApplication> visible(long id) {
        return repository.find(id).flatMap(a -> seesAll() ? Uni.createFrom().item(a) : repository.assignments(id).map(list -> {
            String own = user.department().orElse(null);
            if (list.stream().noneMatch(x -> x.department.equals(own))) throw ProblemException.notFound("application", id);
            return a;
        }));
    }

}
