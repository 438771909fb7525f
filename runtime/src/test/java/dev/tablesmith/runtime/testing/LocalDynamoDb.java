package dev.tablesmith.runtime.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * A running in-process, in-memory DynamoDB Local on a free loopback port, with clients for it.
 *
 * <p>{@link DynamoDbLocalExtension} starts one per test JVM and hands it to tests; code outside
 * JUnit (a demo, a benchmark) may call {@link #start()} and {@link #close()} itself. Tests share
 * the server and isolate themselves by creating tables with unique names ({@link #createTable}).
 */
public final class LocalDynamoDb implements AutoCloseable {

    /** Name of the standard table's partition key attribute. */
    public static final String PK = "PK";
    /** Name of the standard table's sort key attribute. */
    public static final String SK = "SK";

    private static final int START_ATTEMPTS = 3;

    private final DynamoDBProxyServer server;
    private final URI endpoint;
    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streamsClient;
    private final AtomicInteger tables = new AtomicInteger();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    private LocalDynamoDb(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://localhost:" + port);
        this.client = clientBuilder().build();
        this.streamsClient = DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /**
     * Starts a new server on a free port (telemetry off, nothing downloaded).
     *
     * @return the running server; close it when done
     */
    public static LocalDynamoDb start() {
        IllegalStateException failure = new IllegalStateException("DynamoDB Local did not start");
        // A free port can be taken between probing and binding; try again on another one.
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            int port = freePort();
            try {
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                        new String[] {"-inMemory", "-port", Integer.toString(port),
                                "-disableTelemetry"});
                server.start();
                return new LocalDynamoDb(server, port);
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for DynamoDB Local", e);
        }
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }

    /** @return the server's HTTP endpoint, {@code http://localhost:PORT} */
    public URI endpoint() {
        return endpoint;
    }

    /** @return a shared client for the server; do not close it */
    public DynamoDbClient client() {
        return client;
    }

    /** @return a shared DynamoDB Streams client for the server; do not close it */
    public DynamoDbStreamsClient streamsClient() {
        return streamsClient;
    }

    /**
     * A client builder already pointed at this server (endpoint, region, dummy credentials,
     * URL-connection HTTP client). Add interceptors, a wrapping HTTP client or a retry strategy,
     * build, and close the client when done.
     *
     * @return a new builder
     */
    public DynamoDbClientBuilder clientBuilder() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder());
    }

    /**
     * A client builder pointed at this server that sends through {@code httpClient}, typically a
     * {@link FaultInjectingHttpClient} wrapping {@link #httpClient()}.
     *
     * @param httpClient the HTTP client; the built DynamoDB client does not close it
     * @return a new builder
     */
    public DynamoDbClientBuilder clientBuilder(SdkHttpClient httpClient) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClient(httpClient);
    }

    /** @return a new plain HTTP client for this server; close it when done */
    public SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.create();
    }

    /**
     * Creates an on-demand table with a unique name; {@code spec} sets everything else (key
     * schema, attribute definitions, indexes, stream).
     *
     * @param spec fills in the request; its table name is replaced
     * @return the unique table name
     */
    public String createTable(Consumer<CreateTableRequest.Builder> spec) {
        String name = "ts-" + runId + "-" + tables.incrementAndGet();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .billingMode(BillingMode.PAY_PER_REQUEST);
        spec.accept(request);
        client.createTable(request.tableName(name).build());
        return name;
    }

    /**
     * Creates the standard single table: string keys {@code PK}/{@code SK}, the given global
     * indexes (index {@code X} keyed by {@code XPK}/{@code XSK}, projection ALL) and a
     * NEW_AND_OLD_IMAGES stream.
     *
     * @param indexNames names of the global secondary indexes, for example {@code "GSI1"}
     * @return the unique table name
     */
    public String createTable(String... indexNames) {
        return createTable(request -> {
            var definitions = new java.util.ArrayList<AttributeDefinition>();
            definitions.add(stringAttribute(PK));
            definitions.add(stringAttribute(SK));
            var indexes = new java.util.ArrayList<GlobalSecondaryIndex>();
            for (String index : indexNames) {
                definitions.add(stringAttribute(index + "PK"));
                definitions.add(stringAttribute(index + "SK"));
                indexes.add(GlobalSecondaryIndex.builder()
                        .indexName(index)
                        .keySchema(key(index + "PK", KeyType.HASH), key(index + "SK",
                                KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build());
            }
            request.attributeDefinitions(definitions)
                    .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                    .streamSpecification(StreamSpecification.builder().streamEnabled(true)
                            .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build());
            if (!indexes.isEmpty()) {
                request.globalSecondaryIndexes(indexes);
            }
        });
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name)
                .attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    /** Closes the clients and stops the server. */
    @Override
    public void close() {
        client.close();
        streamsClient.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }
}
