package dev.tablesmith.generator.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class NearestName {
  private NearestName() {}

  /**
   * The candidate nearest to {@code input} by edit distance (a swap of neighbours counts once), if
   * one is near enough to be a likely typo; ties go to the earliest candidate.
   */
  public static Optional<String> of(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(input)) {
        continue;
      }
      int d = candidate.equalsIgnoreCase(input) ? 0 : distance(lower(input), lower(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = input.length() <= 3 ? 1 : input.length() <= 8 ? 2 : 3;
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** A "did you mean 'x'?" hint, or an empty string. */
  public static String hint(String input, Collection<String> candidates) {
    return of(input, candidates).map(n -> "did you mean '" + n + "'?").orElse("");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Optimal string alignment distance. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
