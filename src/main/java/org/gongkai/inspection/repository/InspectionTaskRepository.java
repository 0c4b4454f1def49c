package org.gongkai.inspection.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import org.gongkai.inspection.InspectionTask;

@ApplicationScoped
@WithSession
public class InspectionTaskRepository implements PanacheRepository<InspectionTask> {}
