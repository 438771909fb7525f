package dev.tablesmith.generator.model;

import java.util.List;

/**
 * A filter condition of a query pattern. Without {@code constants} its operands are method
 * parameters; with them, the model fixes them.
 */
public record Filter(Ref attribute, Operator operator, List<Value> constants) {

  /** The filter operators of the model language. */
  public enum Operator {
    EQ("eq", 1),
    NE("ne", 1),
    LT("lt", 1),
    LE("le", 1),
    GT("gt", 1),
    GE("ge", 1),
    BETWEEN("between", 2),
    BEGINS_WITH("beginsWith", 1),
    CONTAINS("contains", 1),
    EXISTS("exists", 0),
    NOT_EXISTS("notExists", 0);

    private final String modelName;
    private final int operands;

    Operator(String modelName, int operands) {
      this.modelName = modelName;
      this.operands = operands;
    }

    /** The model's spelling. */
    public String modelName() {
      return modelName;
    }

    /** How many operands the operator takes. */
    public int operands() {
      return operands;
    }

    /** The operator spelt {@code modelName}. */
    public static Operator of(String modelName) {
      for (Operator o : values()) {
        if (o.modelName.equals(modelName)) {
          return o;
        }
      }
      throw new IllegalArgumentException(modelName);
    }
  }

  public Filter {
    constants = List.copyOf(constants);
  }

  /** Whether the operands are fixed in the model rather than passed by the caller. */
  public boolean isConstant() {
    return !constants.isEmpty();
  }
}
