package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.tablesmith.generator.model.Entity;
import dev.tablesmith.generator.model.GeneratedNames;
import dev.tablesmith.generator.model.ResolvedModel;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The transaction builder ({@code ShopTransaction}): typed creates, puts, updates, deletes and
 * checks of any entity, sent as one TransactWriteItems whose failure names each failed action.
 */
final class TransactionEmitter {
  private final JavaTypes types;

  TransactionEmitter(JavaTypes types) {
    this.types = types;
  }

  TypeSpec.Builder emit(ResolvedModel model) {
    ClassName tx = types.type(GeneratedNames.transaction(model));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(tx)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Writes to the $L table that succeed or fail together (at most 100 actions).\n",
                model.name())
            .addField(RuntimeTypes.TABLE_OPERATIONS, "table", Modifier.PRIVATE, Modifier.FINAL)
            .addField(RuntimeTypes.TRANSACTION, "actions", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(RuntimeTypes.TABLE_OPERATIONS, "table")
                    .addStatement("this.table = table")
                    .addStatement("this.actions = table.transaction()")
                    .build());
    for (Entity e : model.entities()) {
      addActions(type, tx, e);
    }
    type.addMethod(
        MethodSpec.methodBuilder("clientRequestToken")
            .addModifiers(Modifier.PUBLIC)
            .returns(tx)
            .addParameter(String.class, "token")
            .addJavadoc(
                "Makes the transaction idempotent: DynamoDB applies it once however often it is"
                    + " sent with this token (within ten minutes).\n\n"
                    + "@param token up to 36 characters\n"
                    + "@return this transaction\n")
            .addStatement("actions.clientRequestToken(token)")
            .addStatement("return this")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("execute")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Sends every action in one TransactWriteItems.\n\n"
                    + "@throws dev.tablesmith.runtime.TransactionFailedException naming each failed"
                    + " action's index, its reason code and, for a failed condition, the current"
                    + " item\n")
            .addStatement("actions.execute()")
            .build());
    return type;
  }

  private void addActions(TypeSpec.Builder type, ClassName tx, Entity e) {
    ClassName value = types.type(e.name());
    ClassName key = types.type(GeneratedNames.key(e));
    ClassName ops = types.type(GeneratedNames.operations(e));
    ClassName update = types.type(GeneratedNames.update(e));
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC)
            .returns(tx)
            .addParameter(value, "value")
            .addJavadoc(
                "Adds the creation of a $L (fails the transaction when its key exists).\n\n"
                    + "@param value the $L\n"
                    + "@return this transaction\n",
                e.name(),
                e.name())
            .addStatement("actions.put($T.createSpec(table, value))", ops)
            .addStatement("return this")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("put")
            .addModifiers(Modifier.PUBLIC)
            .returns(tx)
            .addParameter(value, "value")
            .addJavadoc(
                "Adds the replacement of a $L (version-checked when the entity keeps a"
                    + " version).\n\n"
                    + "@param value the $L\n"
                    + "@return this transaction\n",
                e.name(),
                e.name())
            .addStatement("actions.put($T.putSpec(table, value))", ops)
            .addStatement("return this")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("update")
            .addModifiers(Modifier.PUBLIC)
            .returns(tx)
            .addParameter(key, "key")
            .addParameter(
                ParameterizedTypeName.get(ClassName.get(Consumer.class), update), "changes")
            .addJavadoc(
                "Adds an update of the $L with this key.\n\n"
                    + "@param key the key\n"
                    + "@param changes sets the changes on the update\n"
                    + "@return this transaction\n",
                e.name())
            .addStatement("$T update = new $T(table, key)", update, update)
            .addStatement("changes.accept(update)")
            .addStatement("actions.update(update.spec())")
            .addStatement("return this")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("delete")
            .addModifiers(Modifier.PUBLIC)
            .returns(tx)
            .addParameter(key, "key")
            .addJavadoc(
                "Adds the deletion of the $L with this key.\n\n@param key the key\n@return this"
                    + " transaction\n",
                e.name())
            .addStatement("actions.delete($T.of(key.toItemKey()))", RuntimeTypes.DELETE_SPEC)
            .addStatement("return this")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("check")
            .addModifiers(Modifier.PUBLIC)
            .returns(tx)
            .addParameter(key, "key")
            .addParameter(RuntimeTypes.CONDITION, "condition")
            .addJavadoc(
                "Adds a condition on the $L with this key, which must hold for the transaction to"
                    + " succeed.\n\n"
                    + "@param key the key\n"
                    + "@param condition the condition\n"
                    + "@return this transaction\n",
                e.name())
            .addStatement("actions.check(key.toItemKey(), condition)")
            .addStatement("return this")
            .build());
  }
}
