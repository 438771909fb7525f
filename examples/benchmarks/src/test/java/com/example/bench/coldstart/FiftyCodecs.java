package com.example.bench.coldstart;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Written by FiftyEntities; do not edit. Touches the generated codecs of fifty.tablesmith.yaml. */
public final class FiftyCodecs {
  private FiftyCodecs() {}

  /**
   * Loads and initializes every generated codec of the model (what tablesmith sets up before
   * it maps), asking each whether an empty item is one of its own.
   *
   * @return how many said yes (none)
   */
  public static int initialize() {
    Map<String, AttributeValue> empty = Map.of();
    int yes = 0;
    yes += com.example.bench.fifty.Entity0Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity1Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity2Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity3Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity4Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity5Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity6Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity7Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity8Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity9Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity10Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity11Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity12Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity13Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity14Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity15Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity16Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity17Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity18Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity19Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity20Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity21Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity22Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity23Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity24Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity25Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity26Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity27Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity28Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity29Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity30Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity31Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity32Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity33Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity34Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity35Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity36Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity37Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity38Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity39Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity40Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity41Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity42Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity43Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity44Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity45Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity46Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity47Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity48Codec.isItemOf(empty) ? 1 : 0;
    yes += com.example.bench.fifty.Entity49Codec.isItemOf(empty) ? 1 : 0;
    return yes;
  }
}
