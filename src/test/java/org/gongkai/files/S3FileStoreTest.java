package org.gongkai.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Random;

import org.gongkai.testsupport.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the S3-compatible file store against a real S3-compatible server (S3Proxy): a 24 MB file streamed in
 * through the store's output stream in 64 KiB writes and back out as a stream — the same bytes; deleted, it is gone;
 * keys the application did not make are refused. (TwoCopiesIT runs the whole application on it.)
 */
class S3FileStoreTest {
    static S3Server server;
    static S3FileStore store;

    @BeforeAll
    static void start() throws Exception {
        server = S3Server.start("gongkai-store-test");
        store = new S3FileStore();
        store.endpoint = server.endpoint;
        store.region = "cn-north-1";
        store.bucket = server.bucket;
        store.accessKey = S3Server.ACCESS;
        store.secretKey = S3Server.SECRET;
        store.pathStyle = true;
    }

    @AfterAll
    static void stop() throws Exception {
        store.close();
        server.close();
    }

    @Test
    void aLargeFileGoesInAndComesOutAsAStream() throws Exception {
        Random random = new Random(42);
        MessageDigest in = MessageDigest.getInstance("SHA-256"), out = MessageDigest.getInstance("SHA-256");
        byte[] chunk = new byte[64 * 1024];
        long size = 0;
        try (OutputStream o = store.create("2026/12/s3-test-large")) {
            for (int i = 0; i < 384; i++) {
                random.nextBytes(chunk);
                in.update(chunk);
                o.write(chunk);
                size += chunk.length;
            }
        }
        assertEquals(size, server.client().headObject(b -> b.bucket(server.bucket).key("2026/12/s3-test-large")).contentLength());
        long read = 0;
        try (InputStream i = store.open("2026/12/s3-test-large")) {
            byte[] buf = new byte[50_000];
            for (int n; (n = i.read(buf)) > 0; ) {
                out.update(buf, 0, n);
                read += n;
            }
        }
        assertEquals(size, read);
        assertArrayEquals(in.digest(), out.digest(), "the same bytes");
        store.delete("2026/12/s3-test-large");
        assertThrows(java.io.FileNotFoundException.class, () -> store.open("2026/12/s3-test-large"));
        assertThrows(IllegalArgumentException.class, () -> store.create("../etc/passwd"));
    }
}
