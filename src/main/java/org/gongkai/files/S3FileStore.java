package org.gongkai.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.common.worker.Workers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Attachments in S3-compatible object storage (issue 18; {@code gongkai.files.store=s3}): the government cloud's OSS,
 * MinIO, Ceph. What reaches it is already SM4-encrypted by {@link AttachmentService}; a file is streamed — written to
 * a temporary file on the worker as it is encrypted, then sent from there with its length — and read back as a
 * stream, never held whole in memory. Blocking calls: on a worker, as the interface says.
 */
@ApplicationScoped
@Identifier("s3")
public class S3FileStore implements FileStore {
    @ConfigProperty(name = "gongkai.files.s3.endpoint")
    java.util.Optional<String> endpointSetting;
    String endpoint;
    @ConfigProperty(name = "gongkai.files.s3.region", defaultValue = "cn-north-1")
    String region;
    @ConfigProperty(name = "gongkai.files.s3.bucket")
    java.util.Optional<String> bucketSetting;
    String bucket;
    @ConfigProperty(name = "gongkai.files.s3.access-key")
    java.util.Optional<String> accessKeySetting;
    String accessKey;
    @ConfigProperty(name = "gongkai.files.s3.secret-key")
    java.util.Optional<String> secretKeySetting;
    String secretKey;
    @ConfigProperty(name = "gongkai.files.s3.path-style", defaultValue = "true")
    boolean pathStyle;
    @Inject
    Workers workers;

    private volatile S3Client client;

    S3Client client() {
        S3Client c = client;
        if (c == null) {
            if (endpoint == null) endpoint = endpointSetting.orElse("");
            if (bucket == null) bucket = bucketSetting.orElse("");
            if (accessKey == null) accessKey = accessKeySetting.orElse("");
            if (secretKey == null) secretKey = secretKeySetting.orElse("");
            if (endpoint.isBlank() || bucket.isBlank() || accessKey.isBlank() || secretKey.isBlank())
                throw new IllegalStateException("gongkai.files.store=s3 needs gongkai.files.s3.endpoint, bucket, access-key and secret-key");
            synchronized (this) {
                if (client == null)
                    client = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.of(region))
                            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build())
                            .httpClient(UrlConnectionHttpClient.create()).build();
                c = client;
            }
        }
        return c;
    }

    static String checked(String key) {
        if (!key.matches("[a-z0-9/-]{1,200}")) throw new IllegalArgumentException("bad storage key");
        return key;
    }

    @Override
    public Uni<Void> put(String key, byte[] bytes) {
        return workers.run(() -> {
            client().putObject(b -> b.bucket(bucket).key(checked(key)), RequestBody.fromBytes(bytes));
            return null;
        });
    }

    @Override
    public Uni<byte[]> get(String key) {
        return workers.run(() -> client().getObjectAsBytes(b -> b.bucket(bucket).key(checked(key))).asByteArray());
    }

    @Override
    public OutputStream create(String key) throws IOException {
        String k = checked(key);
        Path spool = Files.createTempFile("gongkai-upload-", ".bin");
        return new FilterOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(spool))) {
            boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (closed) return;
                closed = true;
                try {
                    super.close();
                    client().putObject(b -> b.bucket(bucket).key(k), RequestBody.fromFile(spool));
                } catch (software.amazon.awssdk.core.exception.SdkException e) {
                    throw new IOException("the object store refused " + k + ": " + e.getMessage(), e);
                } finally {
                    Files.deleteIfExists(spool);
                }
            }
        };
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return client().getObject(b -> b.bucket(bucket).key(checked(key)));
        } catch (NoSuchKeyException e) {
            throw new java.io.FileNotFoundException(key);
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            throw new IOException("the object store could not give " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client().deleteObject(b -> b.bucket(bucket).key(checked(key)));
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            throw new IOException("the object store could not delete " + key + ": " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        if (client != null) client.close();
    }
}
