package com.example.bench.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The committed 50-entity model, beans and codec list are what {@link FiftyEntities} writes. */
class FiftyEntitiesTest {
  @Test
  void modelAndBeansAreUpToDate() throws Exception {
    String hint = " is stale: run FiftyEntities.main from examples/benchmarks";
    assertEquals(FiftyEntities.model(), Files.readString(FiftyEntities.MODEL, StandardCharsets.UTF_8),
        FiftyEntities.MODEL + hint);
    assertEquals(FiftyEntities.beans(), Files.readString(FiftyEntities.BEANS, StandardCharsets.UTF_8),
        FiftyEntities.BEANS + hint);
    assertEquals(FiftyEntities.codecs(), Files.readString(FiftyEntities.CODECS, StandardCharsets.UTF_8),
        FiftyEntities.CODECS + hint);
  }
}
