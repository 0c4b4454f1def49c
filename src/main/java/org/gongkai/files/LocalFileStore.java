package org.gongkai.files;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A folder ({@code gongkai.files.dir}), written and read with Vert.x's non-blocking file system. */
@ApplicationScoped
@io.smallrye.common.annotation.Identifier("local")
public class LocalFileStore implements FileStore {
    @Inject
    Vertx vertx;

    @ConfigProperty(name = "gongkai.files.dir")
    String dir;

    private String path(String key) {
        if (!key.matches("[a-z0-9/-]{1,200}")) throw new IllegalArgumentException("bad storage key");
        return Path.of(dir).resolve(key).toString();
    }

    @Override
    public Uni<Void> put(String key, byte[] bytes) {
        String p = path(key);
        String parent = Path.of(p).getParent().toString();
        return vertx.fileSystem().mkdirs(parent).flatMap(x -> vertx.fileSystem().writeFile(p, Buffer.buffer(bytes)));
    }

    @Override
    public Uni<byte[]> get(String key) {
        return vertx.fileSystem().readFile(path(key)).map(Buffer::getBytes);
    }

    @Override
    public java.io.OutputStream create(String key) throws java.io.IOException {
        Path p = Path.of(path(key));
        java.nio.file.Files.createDirectories(p.getParent());
        return new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(p, java.nio.file.StandardOpenOption.CREATE_NEW));
    }

    @Override
    public java.io.InputStream open(String key) throws java.io.IOException {
        return new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(Path.of(path(key))));
    }

    @Override
    public void delete(String key) throws java.io.IOException {
        java.nio.file.Files.deleteIfExists(Path.of(path(key)));
    }
}
