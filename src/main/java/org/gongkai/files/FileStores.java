package org.gongkai.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The file store by configuration (issue 18): {@code gongkai.files.store} = {@code local} (a folder, the default) or {@code s3}. */
@ApplicationScoped
public class FileStores {
    @ConfigProperty(name = "gongkai.files.store", defaultValue = "local")
    String kind;
    @Inject
    @Identifier("local")
    Instance<FileStore> local;
    @Inject
    @Identifier("s3")
    Instance<FileStore> s3;

    @Produces
    @ApplicationScoped
    FileStore store() {
        return switch (kind) {
            case "local" -> local.get();
            case "s3" -> s3.get();
            default -> throw new IllegalStateException("gongkai.files.store is local or s3, not " + kind);
        };
    }
}
