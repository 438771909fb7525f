package dev.tablesmith.generator.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of the Java types and members generated for a model, in one place: the checker proves
 * they do not clash, and the Java emitter uses the same ones.
 */
public final class GeneratedNames {
  /** Java keywords, literals and restricted identifiers: never a generated name. */
  public static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "yield",
          "record",
          "sealed",
          "permits",
          "when",
          "exports",
          "module",
          "open",
          "opens",
          "provides",
          "requires",
          "to",
          "transitive",
          "uses",
          "with");

  /** Simple names of java.lang types that generated code may use unqualified. */
  public static final Set<String> JAVA_LANG =
      Set.of(
          "Boolean",
          "Byte",
          "Character",
          "CharSequence",
          "Class",
          "Comparable",
          "Deprecated",
          "Double",
          "Enum",
          "Error",
          "Exception",
          "Float",
          "FunctionalInterface",
          "Integer",
          "Iterable",
          "Long",
          "Math",
          "Number",
          "Object",
          "Override",
          "Record",
          "Runnable",
          "RuntimeException",
          "SafeVarargs",
          "Short",
          "String",
          "StringBuilder",
          "SuppressWarnings",
          "System",
          "Thread",
          "Throwable",
          "Void",
          "IllegalArgumentException",
          "IllegalStateException",
          "NullPointerException",
          "AutoCloseable",
          "Cloneable",
          "Runtime");

  /** The methods every Java object has, which no generated member may take. */
  private static final List<String> OBJECT_METHODS =
      List.of(
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  /** Members of every generated entity, key and update type that an attribute must not take. */
  public static final Set<String> ENTITY_MEMBERS =
      withObjectMethods(
          "builder",
          "toBuilder",
          "key",
          "build",
          "execute",
          "when",
          "expectVersion",
          "of",
          "toItemKey",
          "fromItem");

  /** Members of the generated table facade that a pattern must not take. */
  public static final Set<String> TABLE_MEMBERS =
      withObjectMethods(
          "create",
          "builder",
          "client",
          "tableName",
          "operations",
          "transaction",
          "streamRouter");

  private GeneratedNames() {}

  private static Set<String> withObjectMethods(String... members) {
    Set<String> all = new HashSet<>(OBJECT_METHODS);
    all.addAll(List.of(members));
    return Set.copyOf(all);
  }

  /** The table facade: {@code ShopTable}. */
  public static String table(ResolvedModel model) {
    return model.name() + "Table";
  }

  /** The stream router: {@code ShopStreamRouter}. */
  public static String streamRouter(ResolvedModel model) {
    return model.name() + "StreamRouter";
  }

  /** The transaction builder: {@code ShopTransaction}. */
  public static String transaction(ResolvedModel model) {
    return model.name() + "Transaction";
  }

  /** The key type of an entity: {@code OrderKey}. */
  public static String key(Entity entity) {
    return entity.name() + "Key";
  }

  /** The codec of an entity or embedded type: {@code OrderCodec}. */
  public static String codec(String typeName) {
    return typeName + "Codec";
  }

  /** The operations of an entity: {@code OrderOperations}. */
  public static String operations(Entity entity) {
    return entity.name() + "Operations";
  }

  /** The update builder of an entity: {@code OrderUpdate}. */
  public static String update(Entity entity) {
    return entity.name() + "Update";
  }

  /** The Java enum of an enum attribute: {@code OrderStatus}. */
  public static String enumType(String owner, Attribute attribute) {
    return owner + capitalize(attribute.name());
  }

  /** The result type of an item-collection pattern: {@code UserWithOrders}. */
  public static String collection(AccessPattern pattern) {
    return capitalize(pattern.name());
  }

  /** The result type of a {@code returns: projected} pattern: {@code OrdersByStatusProjection}. */
  public static String projection(AccessPattern pattern) {
    return capitalize(pattern.name()) + "Projection";
  }

  /** The plural of an entity for lists of it: {@code orders}, {@code inventories}. */
  public static String plural(Entity entity) {
    String name = decapitalize(entity.name());
    if (name.matches(".*[^aeiou]y")) {
      return name.substring(0, name.length() - 1) + "ies";
    }
    return name.matches(".*(s|x|z|ch|sh)") ? name + "es" : name + "s";
  }

  /** The facade's accessor for an entity's operations: {@code order()}. */
  public static String entityAccessor(Entity entity) {
    return decapitalize(entity.name());
  }

  /** The batch form of a get pattern: {@code getOrderBatch}. */
  public static String batchGet(AccessPattern pattern) {
    return pattern.name() + "Batch";
  }

  /** The all-pages form of a query pattern: {@code ordersForUserAll}. */
  public static String allPages(AccessPattern pattern) {
    return pattern.name() + "All";
  }

  /** The attribute-handle constant of an attribute: {@code userId} to {@code USER_ID}. */
  public static String constant(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  /** Every type generated for an entity, the entity's own first, each with what it is. */
  public static Map<String, String> entityTypes(Entity entity) {
    Map<String, String> names = new LinkedHashMap<>();
    String e = entity.name();
    names.put(e, "entity " + e);
    names.put(key(entity), "the key type of entity " + e);
    names.put(codec(e), "the codec of entity " + e);
    names.put(update(entity), "the update builder of entity " + e);
    names.put(operations(entity), "the operations of entity " + e);
    for (Attribute a : entity.attributes()) {
      if (a.type().kind() == TypeRef.Kind.ENUM) {
        names.put(enumType(e, a), "the enum of " + e + "." + a.name());
      }
    }
    return names;
  }

  /** Every type generated for an embedded type, its own first, each with what it is. */
  public static Map<String, String> embeddedTypes(EmbeddedType type) {
    Map<String, String> names = new LinkedHashMap<>();
    String t = type.name();
    names.put(t, "type " + t);
    names.put(codec(t), "the codec of type " + t);
    for (Attribute a : type.fields()) {
      if (a.type().kind() == TypeRef.Kind.ENUM) {
        names.put(enumType(t, a), "the enum of " + t + "." + a.name());
      }
    }
    return names;
  }

  /** {@code Order} from {@code order}. */
  public static String capitalize(String name) {
    return name.isEmpty()
        ? name
        : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** {@code order} from {@code Order}. */
  public static String decapitalize(String name) {
    return name.isEmpty()
        ? name
        : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}
