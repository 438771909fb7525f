package com.example.bench.baseline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a careful hand-writer uses for fixed-width UTC timestamps ({@code
 * 2026-11-21T10:15:30.000Z}, so string order is time order): digits written into a char array,
 * and read back the same way. {@code Instant.toString} is not fixed-width (it drops zero
 * milliseconds) and {@code DateTimeFormatter} is several times slower, so neither is the fastest
 * honest baseline.
 */
public final class IsoMillis {
  private IsoMillis() {}

  /**
   * @param instant a time in years 0000-9999
   * @return its fixed-width text, truncated to milliseconds
   */
  public static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    long days = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    LocalDate date = LocalDate.ofEpochDay(days);
    char[] c = new char[24];
    digits(c, 0, date.getYear(), 4);
    c[4] = '-';
    digits(c, 5, date.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, date.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, secondOfDay / 3600, 2);
    c[13] = ':';
    digits(c, 14, secondOfDay / 60 % 60, 2);
    c[16] = ':';
    digits(c, 17, secondOfDay % 60, 2);
    c[19] = '.';
    digits(c, 20, instant.getNano() / 1_000_000, 3);
    c[23] = 'Z';
    return new String(c);
  }

  /**
   * @param text fixed-width text as {@link #format} writes it
   * @return the instant
   */
  public static Instant parse(String text) {
    long days = LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2)).toEpochDay();
    long seconds = days * 86_400L + number(text, 11, 2) * 3600L + number(text, 14, 2) * 60L
        + number(text, 17, 2);
    return Instant.ofEpochSecond(seconds, number(text, 20, 3) * 1_000_000L);
  }

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static int number(String text, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
