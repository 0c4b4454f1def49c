package org.gongkai.publicity.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import org.gongkai.publicity.AdminDecision;

@ApplicationScoped
@WithSession
public class AdminDecisionRepository implements PanacheRepository<AdminDecision> {}
