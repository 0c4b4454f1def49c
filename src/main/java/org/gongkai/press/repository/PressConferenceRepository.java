package org.gongkai.press.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import org.gongkai.press.PressConference;

@ApplicationScoped
@WithSession
public class PressConferenceRepository implements PanacheRepository<PressConference> {}
