package org.gongkai.files;

import io.smallrye.mutiny.Uni;

/** Where attachment bytes live. Keys are made by the application; never a client's file name. */
public interface FileStore {
    Uni<Void> put(String key, byte[] bytes);

    Uni<byte[]> get(String key);
}
