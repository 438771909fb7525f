package dev.tablesmith.generator.read;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads plain (unquoted) scalars the YAML 1.2 core way, and names those that YAML 1.1 reads
 * differently: a model must mean the same to every YAML tool that opens it.
 */
final class PlainScalars {
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> BOOLEANS =
      Set.of("true", "True", "TRUE", "false", "False", "FALSE");
  private static final Set<String> YAML11_TRUE = Set.of("yes", "Yes", "YES", "on", "On", "ON");
  private static final Set<String> YAML11_FALSE = Set.of("no", "No", "NO", "off", "Off", "OFF");
  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Pattern LEADING_ZERO_INT = Pattern.compile("[-+]?0[0-9]+");
  private static final Pattern OTHER_INT =
      Pattern.compile(
          "[-+]?(0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+"
              + "|[0-9][0-9_]*(:[0-5]?[0-9])+|[0-9][0-9_]*_[0-9_]*)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern EXPONENT_ONLY = Pattern.compile("[-+]?[0-9]+[eE][-+]?[0-9]+");
  private static final Pattern SPECIAL_FLOAT =
      Pattern.compile(
          "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*");

  private PlainScalars() {}

  /** The YAML 1.2 core meaning of a plain scalar. */
  static ScalarKind kind(String text) {
    if (startsWithLetter(text) && text.length() > 5) {
      return ScalarKind.STRING;
    }
    if (NULLS.contains(text)) {
      return ScalarKind.NULL;
    }
    if (BOOLEANS.contains(text)) {
      return ScalarKind.BOOLEAN;
    }
    if (DECIMAL_INT.matcher(text).matches()) {
      return ScalarKind.INTEGER;
    }
    if (FLOAT.matcher(text).matches()) {
      return ScalarKind.DECIMAL;
    }
    return ScalarKind.STRING;
  }

  /**
   * Why a plain scalar is ambiguous between YAML 1.1 and 1.2 (or reads as something its writer
   * rarely means), with the fix; empty when it is not.
   */
  static Optional<String> surprise(String text) {
    if (startsWithLetter(text) && text.length() > 3) {
      return Optional.empty();
    }
    if (YAML11_TRUE.contains(text) || YAML11_FALSE.contains(text)) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "'%s' is the boolean %s in YAML 1.1 but text in YAML 1.2; quote it (\"%s\") for the"
                  + " text, or write %s",
              text,
              YAML11_TRUE.contains(text),
              text,
              YAML11_TRUE.contains(text)));
    }
    if (LEADING_ZERO_INT.matcher(text).matches() && text.matches("[-+]?[0-7]+")) {
      String digits = text.replaceFirst("^[-+]?0+(?=.)", "");
      String sign = text.startsWith("-") ? "-" : "";
      return Optional.of(
          String.format(
              Locale.ROOT,
              "'%s' is the octal number %s in YAML 1.1 but %s in YAML 1.2; quote it (\"%s\") for"
                  + " the text, or write %s%s",
              text,
              octal(text),
              sign + digits,
              text,
              sign,
              digits));
    }
    if (EXPONENT_ONLY.matcher(text).matches()) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "'%s' is text in YAML 1.1 but the number %s in YAML 1.2; quote it (\"%s\") for the"
                  + " text, or write the number in plain digits (%s)",
              text,
              new java.math.BigDecimal(text).toPlainString(),
              text,
              new java.math.BigDecimal(text).toPlainString()));
    }
    if (LEADING_ZERO_INT.matcher(text).matches()
        || OTHER_INT.matcher(text).matches()
        || SPECIAL_FLOAT.matcher(text).matches()) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "'%s' is a number in YAML 1.1 but text in YAML 1.2; quote it (\"%s\") for the text,"
                  + " or write the number in plain decimal digits",
              text,
              text));
    }
    return Optional.empty();
  }

  /** Names are most scalars: none longer than the YAML keywords needs the patterns below. */
  private static boolean startsWithLetter(String text) {
    return !text.isEmpty() && Character.isLetter(text.charAt(0));
  }

  private static String octal(String text) {
    String unsigned = text.replaceFirst("^[-+]", "");
    String value = new BigInteger(unsigned, 8).toString();
    return text.startsWith("-") ? "-" + value : value;
  }
}
