package org.gongkai.press.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import org.gongkai.press.PressTopic;

@ApplicationScoped
@WithSession
public class PressTopicRepository implements PanacheRepository<PressTopic> {}
