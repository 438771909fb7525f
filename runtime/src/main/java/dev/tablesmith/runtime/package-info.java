/**
 * The tablesmith runtime: what generated code (and hand-written code) stands on.
 *
 * <ul>
 *   <li>keys: {@link dev.tablesmith.runtime.KeyTemplate},
 *       {@link dev.tablesmith.runtime.KeyValue}, {@link dev.tablesmith.runtime.KeyRange},
 *       {@link dev.tablesmith.runtime.SortKeyCondition};</li>
 *   <li>items: {@link dev.tablesmith.runtime.AttributeCodecs},
 *       {@link dev.tablesmith.runtime.EnumCodec}, {@link dev.tablesmith.runtime.ItemReader},
 *       {@link dev.tablesmith.runtime.ItemWriter}, {@link dev.tablesmith.runtime.ItemSize};</li>
 *   <li>expressions: {@link dev.tablesmith.runtime.Condition},
 *       {@link dev.tablesmith.runtime.Update}, {@link dev.tablesmith.runtime.Placeholders};</li>
 *   <li>operations: {@link dev.tablesmith.runtime.TableOperations} with
 *       {@link dev.tablesmith.runtime.PutSpec}, {@link dev.tablesmith.runtime.UpdateSpec},
 *       {@link dev.tablesmith.runtime.DeleteSpec}, {@link dev.tablesmith.runtime.QuerySpec},
 *       {@link dev.tablesmith.runtime.Page}, {@link dev.tablesmith.runtime.Transaction},
 *       {@link dev.tablesmith.runtime.Lifecycle}.</li>
 * </ul>
 *
 * <p>Bad values are refused before anything is sent, with a subclass of
 * {@link dev.tablesmith.runtime.InvalidValueException}; failures reported by DynamoDB become
 * typed exceptions that carry what the caller needs (the current item, the failed actions, the
 * unprocessed work). No reflection is used anywhere.
 */
package dev.tablesmith.runtime;
