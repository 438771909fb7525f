package dev.tablesmith.runtime.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} that forwards to a real one (pointed at DynamoDB Local) and injects
 * faults DynamoDB Local cannot produce: throttling, transaction conflicts, a timeout after the
 * request was delivered. Faults are queued per operation ({@code "GetItem"},
 * {@code "TransactWriteItems"}, ...) and each is used by exactly one HTTP attempt; the client
 * counts every attempt so tests can assert the SDK's retries.
 */
public final class FaultInjectingHttpClient implements SdkHttpClient {

    /** What to do with one HTTP attempt instead of (or after) forwarding it. */
    @FunctionalInterface
    public interface Fault {
        /**
         * Answers one attempt.
         *
         * @param request the attempt
         * @param delegate the real client, for faults that still deliver the request
         * @return the response the SDK sees
         * @throws IOException to simulate a broken connection
         */
        HttpExecuteResponse respond(HttpExecuteRequest request, SdkHttpClient delegate)
                throws IOException;

        /** @return a ProvisionedThroughputExceededException response (HTTP 400), not forwarded */
        static Fault throttle() {
            return error("ProvisionedThroughputExceededException",
                    "\"message\":\"injected: rate of requests exceeds the allowed throughput\"");
        }

        /**
         * @param codes one cancellation reason code per action, {@code "None"} for those that
         *     passed
         * @return a TransactionCanceledException response (HTTP 400), not forwarded
         */
        static Fault transactionCanceled(String... codes) {
            StringBuilder reasons = new StringBuilder();
            for (String code : codes) {
                reasons.append(reasons.length() == 0 ? "" : ",")
                        .append("{\"Code\":\"").append(code).append("\"")
                        .append("None".equals(code) ? "" : ",\"Message\":\"injected " + code + "\"")
                        .append('}');
            }
            return error("TransactionCanceledException",
                    "\"Message\":\"Transaction cancelled, please refer cancellation reasons for"
                            + " specific reasons " + String.join(", ", codes) + "\","
                            + "\"CancellationReasons\":[" + reasons + "]");
        }

        /**
         * @param type the DynamoDB error type, for example {@code ThrottlingException}
         * @param fields extra JSON members of the error body
         * @return an HTTP 400 error response, not forwarded
         */
        static Fault error(String type, String fields) {
            byte[] body = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + type + "\","
                    + fields + "}").getBytes(StandardCharsets.UTF_8);
            return (request, delegate) -> HttpExecuteResponse.builder()
                    .response(SdkHttpResponse.builder().statusCode(400)
                            .putHeader("Content-Type", "application/x-amz-json-1.0")
                            .putHeader("Content-Length", Integer.toString(body.length))
                            .build())
                    .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                    .build();
        }

        /**
         * @return a fault that delivers the request (DynamoDB executes it), drops the answer and
         *     fails like a read timeout, so the SDK retries a request that already took effect
         */
        static Fault timeoutAfterDelivery() {
            return (request, delegate) -> {
                HttpExecuteResponse response = delegate.prepareRequest(request).call();
                if (response.responseBody().isPresent()) {
                    response.responseBody().get().readAllBytes();
                    response.responseBody().get().close();
                }
                throw new IOException("injected: read timed out after the request was delivered");
            };
        }
    }

    private final SdkHttpClient delegate;
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();

    private FaultInjectingHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    /**
     * @param delegate the real HTTP client; closed with this one
     * @return a client that forwards everything until faults are queued
     */
    public static FaultInjectingHttpClient wrap(SdkHttpClient delegate) {
        return new FaultInjectingHttpClient(delegate);
    }

    /**
     * Queues {@code times} uses of {@code fault} for the next attempts of {@code operation}.
     *
     * @param operation the DynamoDB operation name, for example {@code "GetItem"}
     * @param times how many attempts get the fault
     * @param fault the fault
     * @return this client
     */
    public synchronized FaultInjectingHttpClient failNext(String operation, int times,
            Fault fault) {
        Deque<Fault> queue = faults.computeIfAbsent(operation, key -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
        return this;
    }

    /**
     * @param operation the DynamoDB operation name
     * @return how many HTTP attempts of it were made (faulted or forwarded)
     */
    public synchronized int attempts(String operation) {
        return attempts.getOrDefault(operation, 0);
    }

    private synchronized Fault take(String operation) {
        attempts.merge(operation, 1, Integer::sum);
        Deque<Fault> queue = faults.get(operation);
        return queue == null ? null : queue.poll();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.substring(target.indexOf('.') + 1);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                Fault fault = take(operation);
                return fault == null ? delegate.prepareRequest(request).call()
                        : fault.respond(request, delegate);
            }

            @Override
            public void abort() {
                // Nothing in flight to abort: the delegate's request is created inside call().
            }
        };
    }

    @Override
    public String clientName() {
        return "FaultInjecting";
    }

    @Override
    public void close() {
        delegate.close();
    }
}
