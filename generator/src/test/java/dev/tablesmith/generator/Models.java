package dev.tablesmith.generator;

import dev.tablesmith.generator.pipeline.Pipeline;

/** Runs model text through the pipeline under the fixed name {@value #FILE}, so locations are stable. */
public final class Models {
  /** The name every inline model is checked under. */
  public static final String FILE = "model.tablesmith.yaml";

  private static final Pipeline PIPELINE = new Pipeline();

  private Models() {}

  /** The whole result of running {@code yaml}. */
  public static Pipeline.Result run(String yaml) {
    return PIPELINE.runText(FILE, yaml);
  }

  /** Every diagnostic of {@code yaml}, rendered as the CLI prints them. */
  public static String check(String yaml) {
    return run(yaml).diagnostics().render();
  }

  /** A small valid model with the given entities and patterns under a PK/SK table. */
  public static String model(String tableExtras, String entities, String patterns) {
    return "tablesmith: 1\nname: Demo\npackage: com.example.demo\n"
        + "table:\n  name: demo\n  partitionKey: PK\n  sortKey: SK\n" + tableExtras
        + "entities:\n" + entities + "accessPatterns:\n" + patterns;
  }
}
