package org.gongkai.testsupport;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * A real S3-compatible server for the tests (issue 18): S3Proxy (org.gaul:s3proxy from Maven Central, copied to
 * target/s3proxy by the build) on a folder, with AWS signature v4 and one access key, in its own process.
 */
public final class S3Server implements AutoCloseable {
    public static final String ACCESS = "gongkai-test-access";
    public static final String SECRET = "gongkai-test-secret-key-0123456789";
    public final String endpoint;
    public final String bucket;
    public final Path dir;
    private final Process process;

    private S3Server(String endpoint, String bucket, Path dir, Process process) {
        this.endpoint = endpoint;
        this.bucket = bucket;
        this.dir = dir;
        this.process = process;
    }

    public static S3Server start(String bucket) throws Exception {
        File jar = new File("target/s3proxy/s3proxy.jar");
        if (!jar.isFile()) throw new IllegalStateException("S3Proxy missing at " + jar + ": run the build (process-test-resources copies it)");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("gongkai-s3");
        Path data = Files.createDirectories(dir.resolve("data"));
        String endpoint = "http://127.0.0.1:" + port;
        Path props = dir.resolve("s3proxy.conf");
        Files.writeString(props, String.join("\n",
                "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + ACCESS, "s3proxy.credential=" + SECRET,
                "jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + data, "jclouds.identity=" + ACCESS, "jclouds.credential=" + SECRET, ""));
        File log = dir.resolve("s3proxy.log").toFile();
        Process p = new ProcessBuilder("java", "-Xmx192m", "-jar", jar.getAbsolutePath(), "--properties", props.toString()).redirectErrorStream(true)
                .redirectOutput(log).start();
        S3Server server = new S3Server(endpoint, bucket, data, p);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            if (!p.isAlive()) throw new IllegalStateException("S3Proxy stopped:\n" + Files.readString(log.toPath()));
            try (S3Client c = server.client()) {
                c.createBucket(b -> b.bucket(bucket));
                return server;
            } catch (Exception notYet) {
                if (System.nanoTime() > end) throw new IllegalStateException("S3Proxy did not answer in 60 s:\n" + Files.readString(log.toPath()), notYet);
                Thread.sleep(300);
            }
        }
    }

    public S3Client client() {
        return S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.of("cn-north-1"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, SECRET)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** The application's settings for this server (environment variables). */
    public Map<String, String> environment() {
        return Map.of("GONGKAI_FILES_STORE", "s3", "GONGKAI_FILES_S3_ENDPOINT", endpoint, "GONGKAI_FILES_S3_BUCKET", bucket,
                "GONGKAI_FILES_S3_ACCESS_KEY", ACCESS, "GONGKAI_FILES_S3_SECRET_KEY", SECRET);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
