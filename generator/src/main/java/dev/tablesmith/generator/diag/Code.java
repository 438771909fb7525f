package dev.tablesmith.generator.diag;

import static dev.tablesmith.generator.diag.Severity.ERROR;
import static dev.tablesmith.generator.diag.Severity.WARNING;

import java.util.Locale;

/**
 * The catalogue of diagnostics. The constant's name is the printed code; a code never changes
 * meaning and is never reused. Each code is documented, with a minimal model that produces it, in
 * {@code docs/diagnostics.md}.
 */
public enum Code {
  // --- read: the YAML itself -----------------------------------------------------------------
  TS001(ERROR, "YAML syntax error: %s"),
  TS002(ERROR, "duplicate key '%s' (first defined at line %s)"),
  TS003(ERROR, "%s"),
  TS004(ERROR, "nesting deeper than %s levels"),
  TS005(ERROR, "file is %s bytes; models larger than 3 MiB (3145728 bytes) are refused"),
  TS006(ERROR, "explicit YAML tag '%s' is not allowed in a model"),
  TS007(ERROR, "merge keys ('<<') are not supported; write the keys out"),
  TS008(ERROR, "%s"),
  TS009(ERROR, "cannot read the model: %s"),
  TS010(ERROR, "a model is one YAML document whose top level is a mapping; %s"),
  TS011(ERROR, "a mapping key must be plain text, not %s"),
  TS012(ERROR, "alias '*%s' refers to no anchor defined before it"),
  TS013(ERROR, "text contains %s, which generated Java cannot hold in a string literal"),

  // --- schema: the shape of the model (model-1.schema.json) ------------------------------------
  TS101(ERROR, "unknown key '%s' in %s"),
  TS102(ERROR, "%s is missing required key '%s'"),
  TS103(ERROR, "%s must be %s, not %s"),
  TS104(ERROR, "%s must be one of %s, not '%s'"),
  TS105(ERROR, "%s '%s' is not a valid name: %s"),
  TS106(ERROR, "%s must be %s, not %s"),
  TS107(ERROR, "unsupported model format version %s; this tablesmith reads version 1"),
  TS108(ERROR, "%s: %s"),
  TS109(ERROR, "%s must have %s"),

  // --- names -----------------------------------------------------------------------------------
  TS201(ERROR, "%s '%s' is a Java keyword or literal and cannot name generated code"),
  TS202(ERROR, "%s '%s' differs only in case from '%s'"),
  TS203(ERROR, "%s '%s' clashes with %s"),
  TS204(ERROR, "enum values '%s' and '%s' both become the Java constant %s"),
  TS205(ERROR, "package '%s' is not a valid Java package name: %s"),
  TS206(ERROR, "unknown attribute '%s' in %s"),
  TS207(ERROR, "unknown entity '%s'"),
  TS208(ERROR, "unknown index '%s'"),
  TS209(ERROR, "unknown type '%s'"),
  TS210(ERROR, "attributes '%s' and '%s' of %s are both stored as '%s'"),
  TS211(ERROR, "attribute '%s' of %s is stored as '%s', which is %s"),
  TS212(ERROR, "constant '%s' of %s %s"),
  TS213(ERROR, "entities %s and %s both store '%s' in the entity-type attribute '%s'"),
  TS214(ERROR, "enum value '%s' cannot become a Java constant: %s"),

  // --- attribute types and roles ---------------------------------------------------------------
  TS220(ERROR, "%s"),
  TS221(ERROR, "a set holds string, long, decimal or binary elements, not %s"),
  TS222(ERROR, "%s"),
  TS223(ERROR, "'pad' applies to int and long only, not %s"),
  TS224(ERROR, "pad %s is out of bounds for %s: 1 to %s digits"),
  TS225(ERROR, "'format' applies to instant only, not %s"),
  TS226(ERROR, "role %s %s"),
  TS227(ERROR, "%s"),
  TS228(ERROR, "%s '%s' is not a valid %s: %s"),
  TS229(ERROR, "type '%s' nests itself through %s; embedded types cannot be recursive"),

  // --- key templates ---------------------------------------------------------------------------
  TS301(ERROR, "template '%s' is malformed: %s"),
  TS302(ERROR, "template '%s' names unknown attribute '%s'"),
  TS303(ERROR, "template '%s' puts placeholders <%s> and <%s> side by side"),
  TS304(
      ERROR,
      "%s '%s' is in a sort key template without 'pad', so text order would not be numeric order"),
  TS305(ERROR, "attribute '%s' (%s) cannot be rendered into a key template%s"),
  TS306(ERROR, "attribute '%s' is optional but used in the primary key template '%s'"),
  TS307(ERROR, "attribute '%s' has role %s and cannot be used in %s"),
  TS308(ERROR, "%s"),
  TS309(ERROR, "key attribute '%s' is %s%s"),
  TS310(ERROR, "%s"),
  TS311(
      ERROR,
      "%s reuses table key attribute '%s', so %s must use the table's template '%s' there, not"
          + " '%s'"),
  TS312(ERROR, "%s and %s can render the same primary key: %s"),
  TS313(ERROR, "on %s, %s"),
  TS314(
      WARNING,
      "%s puts every item in one partition (%s), which DynamoDB caps at 1,000 writes and 3,000"
          + " reads per second"),
  TS315(ERROR, "%s"),
  TS316(
      ERROR,
      "enum value '%s' of %s contains '%s', %s in template '%s'; it could forge another key"),
  TS317(ERROR, "template must not be empty"),

  // --- table, indexes and service limits -------------------------------------------------------
  TS401(ERROR, "the table has %s global secondary indexes; DynamoDB allows at most 20"),
  TS402(ERROR, "the table has %s local secondary indexes; DynamoDB allows at most 5"),
  TS403(
      ERROR, "INCLUDE projections name %s non-key attributes in all; DynamoDB allows at most 100"),
  TS404(ERROR, "%s '%s' %s"),
  TS405(ERROR, "local index %s %s"),
  TS406(ERROR, "index %s %s"),
  TS407(ERROR, "index name '%s' is reserved: 'index: table' pins the table itself"),
  TS408(ERROR, "projection of %s includes '%s', which %s"),
  TS410(ERROR, "the table's timeToLive '%s' %s"),
  TS411(ERROR, "delimiter '%s' contains '%s', which %s"),

  // --- access patterns -------------------------------------------------------------------------
  TS501(ERROR, "pattern %s needs a Scan: no index serves it"),
  TS502(ERROR, "pattern %s cannot use its pinned index %s"),
  TS503(ERROR, "pattern %s asks for a consistent read on global index %s; DynamoDB cannot do it"),
  TS504(
      ERROR,
      "pattern %s filters on '%s', which is in the key of %s; use %s so the key condition does the"
          + " work"),
  TS505(
      ERROR, "pattern %s uses beginsWith on '%s', which is %s; begins_with works on strings only"),
  TS506(
      WARNING,
      "pattern %s filters on %s: DynamoDB reads, and bills, every item the key condition matches,"
          + " then drops those the filter rejects"),
  TS507(ERROR, "pattern %s reads %s, which projects %s; %s not projected"),
  TS508(
      ERROR,
      "pattern %s queries %s together, but they do not render the same partition key on %s: %s"),
  TS509(ERROR, "pattern %s queries %s together, but %s"),
  TS510(
      WARNING,
      "pattern %s also reads items of %s, which share its key range; they are billed and dropped"),
  TS511(ERROR, "pattern %s %s"),
  TS512(WARNING, "pattern %s %s"),
  TS513(
      WARNING,
      "pattern %s ranges over text attribute '%s', followed by '%s' in the key: key order is value"
          + " order only for values without a character that sorts below '%s'");

  private final Severity severity;
  private final String format;

  Code(Severity severity, String format) {
    this.severity = severity;
    this.format = format;
  }

  /** Whether this code is an error or a warning. */
  public Severity severity() {
    return severity;
  }

  /** The message format, {@code %s} for each argument. */
  public String format() {
    return format;
  }

  /** The message for these arguments. */
  public String format(Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
