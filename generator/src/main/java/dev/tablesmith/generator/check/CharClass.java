package dev.tablesmith.generator.check;

/**
 * A set of characters: the listed ones, or every character but the listed ones. Enough to describe
 * key templates, whose values are literal text, digits or "anything but the guard".
 */
record CharClass(boolean negated, String chars) {
  static final CharClass ANY = new CharClass(true, "");
  static final CharClass DIGIT = new CharClass(false, "0123456789");

  static CharClass of(char c) {
    return new CharClass(false, String.valueOf(c));
  }

  static CharClass noneOf(String chars) {
    return new CharClass(true, chars);
  }

  /** Whether some character is in both classes. */
  boolean meets(CharClass other) {
    if (negated && other.negated) {
      return true;
    }
    if (!negated && !other.negated) {
      for (int i = 0; i < chars.length(); i++) {
        if (other.chars.indexOf(chars.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }
    CharClass positive = negated ? other : this;
    CharClass negative = negated ? this : other;
    for (int i = 0; i < positive.chars.length(); i++) {
      if (negative.chars.indexOf(positive.chars.charAt(i)) < 0) {
        return true;
      }
    }
    return false;
  }
}
