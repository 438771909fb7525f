package dev.tablesmith.runtime.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * JUnit 5 extension that gives tests one shared in-process DynamoDB Local per test JVM.
 *
 * <p>The server is started lazily by the first test that asks for it and kept in the root
 * extension context's store, which JUnit closes (stopping the server) when the whole run ends.
 * No static state: the store is the only holder. Test methods, constructors and lifecycle
 * methods may declare parameters of type {@link LocalDynamoDb}, {@link DynamoDbClient} or
 * {@link DynamoDbStreamsClient}.
 *
 * <pre>{@code
 * @ExtendWith(DynamoDbLocalExtension.class)
 * class OrderStoreTest {
 *     @Test
 *     void savesAnOrder(LocalDynamoDb dynamo) {
 *         String table = dynamo.createTable("GSI1");
 *         dynamo.client().putItem(...);
 *     }
 * }
 * }</pre>
 */
public final class DynamoDbLocalExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DynamoDbLocalExtension.class);

    /** Creates the extension; JUnit calls this. */
    public DynamoDbLocalExtension() {
    }

    /**
     * Returns the JVM-wide server, starting it on first use.
     *
     * @param context any extension context of the run
     * @return the shared server
     */
    public static LocalDynamoDb server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(LocalDynamoDb.class, key -> LocalDynamoDb.start(),
                        LocalDynamoDb.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalDynamoDb.class || type == DynamoDbClient.class
                || type == DynamoDbStreamsClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalDynamoDb server = server(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == DynamoDbClient.class) {
            return server.client();
        }
        if (type == DynamoDbStreamsClient.class) {
            return server.streamsClient();
        }
        return server;
    }
}
