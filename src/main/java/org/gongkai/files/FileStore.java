package org.gongkai.files;

import io.smallrye.mutiny.Uni;

/** Where attachment bytes live. Keys are made by the application; never a client's file name. */
public interface FileStore {
    Uni<Void> put(String key, byte[] bytes);

    Uni<byte[]> get(String key);

    /** For streaming on a worker (blocking): a new file under the key. */
    java.io.OutputStream create(String key) throws java.io.IOException;

    /** For streaming on a worker (blocking). */
    java.io.InputStream open(String key) throws java.io.IOException;

    /** Blocking: removes what {@link #create} wrote (a transaction that failed after it). */
    void delete(String key) throws java.io.IOException;
}
