package com.example.bench.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that answers every DynamoDB operation with a canned JSON body, so a real
 * {@code DynamoDbClient} does all its work (marshalling, signing, interceptors, unmarshalling)
 * but nothing leaves the process. It reads each request body, as a real client sends it.
 */
public final class CannedHttpClient implements SdkHttpClient {
  private final Map<String, byte[]> bodies;
  private final Consumer<String> requests;

  /**
   * @param bodies response body by operation name ({@code GetItem}, {@code Query}, ...)
   * @param requests sees each request body (for tests), or null
   */
  public CannedHttpClient(Map<String, String> bodies, Consumer<String> requests) {
    this.bodies = Map.copyOf(bodies.entrySet().stream().collect(java.util.stream.Collectors.toMap(
        Map.Entry::getKey, e -> e.getValue().getBytes(StandardCharsets.UTF_8))));
    this.requests = requests;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElseThrow();
    String operation = target.substring(target.indexOf('.') + 1);
    byte[] sent = request.contentStreamProvider().map(p -> read(p.newStream())).orElse(new byte[0]);
    if (requests != null) {
      requests.accept(operation + " " + new String(sent, StandardCharsets.UTF_8));
    }
    byte[] body = bodies.get(operation);
    if (body == null) {
      throw new IllegalStateException("no canned response for " + operation);
    }
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() {
        return HttpExecuteResponse.builder()
            .response(SdkHttpResponse.builder().statusCode(200)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", Integer.toString(body.length))
                .putHeader("x-amzn-RequestId", "canned").build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
      }

      @Override
      public void abort() {
      }
    };
  }

  private static byte[] read(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
  }
}
