package org.gongkai.applications.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.gongkai.applications.repository.ApplicationRepository;
import org.gongkai.audit.Actor;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.files.AttachmentService;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** An application's files of one kind (delivered information, or what the applicant sent): upload and download. */
@ApplicationScoped
public class ApplicationFiles {
    @Inject
    ApplicationRepository repository;
    @Inject
    AttachmentService attachments;
    @Inject
    ApplicationPolicy policy;
    @Inject
    CurrentUser user;

    /** A 404 for an unknown application; the file prepared off the event loop, then its row in a short transaction. */
    Uni<Response> upload(String ownerType, long id, FileUpload file) {
        return repository.find(id).flatMap(app -> attachments.upload(ownerType, file, p -> Panache.withTransaction(() ->
                        attachments.add(String.valueOf(id), p, Actor.of(user)))))
                .map(a -> Response.status(201).entity(AttachmentService.View.of(a)).build());
    }

    /** Only for those who may see the application. */
    org.jboss.resteasy.reactive.RestMulti<byte[]> download(String ownerType, long id, long fileId) {
        return attachments.download(policy.visible(id).flatMap(a -> attachments.one(ownerType, String.valueOf(id), fileId)));
    }
}
