package dev.tablesmith.generator.emit.java;

import com.squareup.javapoet.JavaFile;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A generated source as javac parses it (the javax.tools and com.sun.source APIs, no compiler
 * internals): its string and character literals by offset, and what in its code could only
 * have come from model text.
 *
 * @param unit the parsed compilation unit
 * @param literals string literal values and character literal source text, by start offset
 */
public record ParsedSource(CompilationUnitTree unit, Map<Long, Object> literals) {
  /** The annotations generated code carries. */
  private static final Set<String> ANNOTATIONS = Set.of("Generated", "Override");
  /** Names from the payloads that no generated code has a reason to use. */
  private static final Set<String> FOREIGN = Set.of("Runtime", "getRuntime", "exec", "script", "x");

  public static ParsedSource of(JavaFile file) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    // javac's parser folds "a" + "b" into one literal; unfolded, its literals are the tokens.
    JavacTask task = (JavacTask) compiler.getTask(null, null, d -> {
      throw new AssertionError(file.typeSpec.name + ": " + d);
    }, List.of("-proc:none", "-XDallowStringFolding=false"), null,
        List.of(file.toJavaFileObject()));
    try {
      CompilationUnitTree unit = task.parse().iterator().next();
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      String source = file.toString();
      Map<Long, Object> literals = new TreeMap<>();
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitLiteral(LiteralTree tree, Void unused) {
          long start = positions.getStartPosition(unit, tree);
          if (tree.getKind() == Tree.Kind.STRING_LITERAL) {
            literals.put(start, tree.getValue());
          } else if (tree.getKind() == Tree.Kind.CHAR_LITERAL) {
            int end = (int) positions.getEndPosition(unit, tree);
            literals.put(start, source.substring((int) start, end));
          }
          return null;
        }
      }.scan(unit, null);
      return new ParsedSource(unit, literals);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Initializer blocks in any class body (named, anonymous or an enum constant's), annotations
   * other than the generator's, names that are not plain ASCII identifiers, and payload names.
   */
  public List<String> foreignCode() {
    List<String> problems = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        for (Tree member : tree.getMembers()) {
          if (member.getKind() == Tree.Kind.BLOCK) {
            problems.add("an initializer block in " + tree.getSimpleName() + ": " + member);
          }
        }
        name(tree.getSimpleName());
        return super.visitClass(tree, unused);
      }

      @Override
      public Void visitMethod(MethodTree tree, Void unused) {
        name(tree.getName());
        return super.visitMethod(tree, unused);
      }

      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        name(tree.getName());
        return super.visitVariable(tree, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        name(tree.getName());
        return super.visitIdentifier(tree, unused);
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        name(tree.getIdentifier());
        return super.visitMemberSelect(tree, unused);
      }

      @Override
      public Void visitAnnotation(AnnotationTree tree, Void unused) {
        if (!ANNOTATIONS.contains(tree.getAnnotationType().toString())) {
          problems.add("annotation @" + tree.getAnnotationType());
        }
        return super.visitAnnotation(tree, unused);
      }

      private void name(CharSequence name) {
        String n = name.toString();
        boolean ascii = n.chars().allMatch(c -> c < 128);
        boolean valid = n.isEmpty() || n.equals("<init>") || SourceVersion.isIdentifier(n);
        if (!ascii || !valid || FOREIGN.contains(n)) {
          problems.add("name " + n);
        }
      }
    }.scan(unit, null);
    return problems;
  }
}
