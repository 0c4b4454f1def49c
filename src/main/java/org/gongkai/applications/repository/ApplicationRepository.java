package org.gongkai.applications.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.gongkai.applications.ApplicationEnums.State;
import org.gongkai.applications.ApplicationReview;
import org.gongkai.applications.Assignment;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.common.error.ProblemException;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.paging.Pages;

@ApplicationScoped
@WithSession
public class ApplicationRepository implements PanacheRepository<DisclosureApplication> {

    public Uni<DisclosureApplication> find(long id) {
        return findById(id).map(a -> {
            if (a == null) throw ProblemException.notFound("application", id);
            return a;
        });
    }

    /** The office's list, or a department's: the applications assigned to it. */
    public Uni<Page<DisclosureApplication>> search(State state, String assignedTo, String text, PageRequest.Checked page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (state != null) { where.append(" and state = :st"); p.put("st", state); }
        if (assignedTo != null) {
            where.append(" and id in (select x.applicationId from Assignment x where x.department = :dept)");
            p.put("dept", assignedTo);
        }
        if (text != null) {
            where.append(" and (lower(trackingNo) like :t or lower(description) like :t)");
            p.put("t", "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return Pages.of(find(where.toString(), page.sort(), p), page);
    }

    public Uni<List<Assignment>> assignments(long applicationId) {
        return getSession().flatMap(s -> s.createQuery("from Assignment where applicationId = :id order by id", Assignment.class)
                .setParameter("id", applicationId).getResultList());
    }

    public Uni<List<ApplicationReview>> reviews(long applicationId) {
        return getSession().flatMap(s -> s.createQuery("from ApplicationReview where applicationId = :id order by id", ApplicationReview.class)
                .setParameter("id", applicationId).getResultList());
    }

    public Uni<Void> persistOther(Object o) {
        return getSession().flatMap(s -> s.persist(o).call(s::flush));
    }

    public Uni<List<DisclosureApplication>> ofCitizen(String citizen) {
        return list("citizen", Sort.by("receivedOn").descending().and("id").descending(), citizen);
    }
}
