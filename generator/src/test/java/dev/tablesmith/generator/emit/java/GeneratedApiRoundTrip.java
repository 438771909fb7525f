package dev.tablesmith.generator.emit.java;

import static dev.tablesmith.generator.emit.java.HostileModel.ALL;
import static dev.tablesmith.generator.emit.java.HostileModel.PAYLOADS;
import static dev.tablesmith.generator.emit.java.HostileModel.TEMPLATE_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.PageRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads HostileModel's payloads back through the generated API of its model: enum
 * stored values, builder defaults, and the requests the table facade sends (put, get, query)
 * to a recording client, which show stored names, constants, the type value, key attribute
 * names, template text, fixed values and filter constants exactly as the model wrote them. The
 * generated code uses no reflection; this test reaches it through reflection because it is
 * compiled at test time.
 */
final class GeneratedApiRoundTrip {
  private final ClassLoader loader;
  private final String pkg;
  private final List<Object> requests = new ArrayList<>();
  private Map<String, AttributeValue> stored = Map.of();

  GeneratedApiRoundTrip(ClassLoader loader, String pkg) {
    this.loader = loader;
    this.pkg = pkg;
  }

  void check() throws Exception {
    Object[] kinds = enumValues();
    Object doc = defaultDoc(kinds[kinds.length - 1]);
    put(doc);
    get(doc);
    filtered();
    fixed();
  }

  private Object[] enumValues() throws Exception {
    Class<?> kind = type("DocKind");
    Object[] constants = (Object[]) kind.getMethod("values").invoke(null);
    assertEquals(PAYLOADS.size(), constants.length);
    for (int i = 0; i < constants.length; i++) {
      assertEquals("P" + i, ((Enum<?>) constants[i]).name());
      assertEquals(PAYLOADS.get(i), call(constants[i], "storedValue"));
      assertSame(constants[i], call(kind, "fromStoredValue", PAYLOADS.get(i)));
    }
    return constants;
  }

  /** A Doc built with only its required values: every t and f attribute holds its default. */
  private Object defaultDoc(Object kind) throws Exception {
    Object box = call(call(type("Box"), "builder"), "build");
    Object builder = call(type("Doc"), "builder");
    call(builder, "docId", "d");
    call(builder, "kind", kind);
    call(builder, "box", box);
    Object doc = call(builder, "build");
    for (int i = 0; i < PAYLOADS.size(); i++) {
      assertEquals(PAYLOADS.get(i), call(doc, "t" + i), "default of t" + i);
      assertEquals(PAYLOADS.get(i), call(box, "f" + i), "default of f" + i);
    }
    return doc;
  }

  private void put(Object doc) throws Exception {
    Object table = table();
    assertEquals(doc, call(call(table, "doc"), "put", doc));
    Map<String, AttributeValue> item = ((PutItemRequest) requests.remove(0)).item();
    Map<String, AttributeValue> expected = new HashMap<>();
    expected.put("PK " + ALL, s("DOC" + TEMPLATE_TEXT + "d"));
    expected.put("SK " + ALL, s("S" + TEMPLATE_TEXT));
    expected.put("G1PK " + ALL, s("G" + TEMPLATE_TEXT + "d"));
    expected.put("G1SK " + ALL, s("GS" + TEMPLATE_TEXT + PAYLOADS.get(PAYLOADS.size() - 1)));
    expected.put("type " + ALL, s(ALL));
    expected.put("docId", s("d"));
    expected.put("kind", s(PAYLOADS.get(PAYLOADS.size() - 1)));
    Map<String, AttributeValue> box = new HashMap<>();
    for (String p : PAYLOADS) {
      expected.put("a " + p, s(p));
      expected.put("c " + p, s(p));
      box.put("f " + p, s(p));
    }
    expected.put("box", AttributeValue.fromM(box));
    assertEquals(expected, item);
    stored = item;
  }

  private void get(Object doc) throws Exception {
    Map<String, AttributeValue> keysAndType = new HashMap<>(stored);
    PAYLOADS.forEach(p -> keysAndType.remove("a " + p));
    stored = keysAndType;
    assertEquals(Optional.of(doc), call(table(), "getDoc", "d"), "defaults fill in");
    GetItemRequest request = (GetItemRequest) requests.remove(0);
    assertEquals(Map.of("PK " + ALL, s("DOC" + TEMPLATE_TEXT + "d"),
        "SK " + ALL, s("S" + TEMPLATE_TEXT)), request.key());
  }

  private void filtered() throws Exception {
    call(table(), "filtered", "d", page());
    QueryRequest request = (QueryRequest) requests.remove(0);
    List<String> names = new ArrayList<>(List.of("PK " + ALL, "SK " + ALL));
    List<String> values = new ArrayList<>(List.of("DOC" + TEMPLATE_TEXT + "d",
        "S" + TEMPLATE_TEXT));
    for (String p : PAYLOADS) {
      names.add("a " + p);
      values.add(p);
    }
    assertEquals(names.stream().sorted().toList(),
        request.expressionAttributeNames().values().stream().sorted().toList());
    assertEquals(values.stream().sorted().toList(), request.expressionAttributeValues().values()
        .stream().map(AttributeValue::s).sorted().toList());
  }

  private void fixed() throws Exception {
    for (int i = 0; i < PAYLOADS.size(); i++) {
      call(table(), "fixed" + i, page());
      QueryRequest request = (QueryRequest) requests.remove(0);
      AttributeValue partition = s("DOC" + TEMPLATE_TEXT + PAYLOADS.get(i));
      assertTrue(request.expressionAttributeValues().containsValue(partition),
          "fixed" + i + ": " + request.expressionAttributeValues());
    }
  }

  private static AttributeValue s(String text) {
    return AttributeValue.fromS(text);
  }

  private static Object page() {
    return PageRequest.first();
  }

  private Class<?> type(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(pkg + "." + simpleName);
  }

  /** The table facade over a client that records each request and answers from {@link #stored}. */
  private Object table() throws Exception {
    InvocationHandler recorder = (proxy, method, args) -> switch (method.getName()) {
      case "putItem" -> record(args[0], PutItemResponse.builder().build());
      case "getItem" -> record(args[0], GetItemResponse.builder().item(stored).build());
      case "query" -> record(args[0], QueryResponse.builder().items(List.of()).build());
      case "close" -> null;
      case "serviceName" -> DynamoDbClient.SERVICE_NAME;
      case "toString" -> "recording client";
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      default -> throw new UnsupportedOperationException(method.getName());
    };
    Object client = Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DynamoDbClient.class}, recorder);
    return type("HostileTable").getMethod("create", DynamoDbClient.class).invoke(null, client);
  }

  private Object record(Object request, Object response) {
    requests.add(request);
    return response;
  }

  /** Calls public method {@code name} taking as many parameters as {@code args} are given. */
  private static Object call(Object target, String name, Object... args) throws Exception {
    Class<?> type = target instanceof Class<?> c ? c : target.getClass();
    Method method = Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
        .findFirst().orElseThrow(() -> new AssertionError("no method " + name + " on " + type));
    return method.invoke(target instanceof Class<?> ? null : target, args);
  }
}
