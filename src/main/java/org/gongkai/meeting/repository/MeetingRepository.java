package org.gongkai.meeting.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import org.gongkai.meeting.Meeting;

@ApplicationScoped
@WithSession
public class MeetingRepository implements PanacheRepository<Meeting> {}
