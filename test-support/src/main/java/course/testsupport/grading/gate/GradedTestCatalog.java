package course.testsupport.grading.gate;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Lists a chapter's graded tests by reading the test sources with the JDK's own parser,
 * without compiling them: so a chapter whose code does not compile still has its full
 * list of tests and points.
 */
public final class GradedTestCatalog {

    private GradedTestCatalog() {
    }

    /** Every {@code @Graded} method under the roots; tests under {@code hiddenRoot} are hidden. */
    public static List<GradedTest> scan(List<Path> testRoots, Path hiddenRoot) throws IOException {
        List<GradedTest> tests = new ArrayList<>();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        for (Path root : testRoots) {
            List<Path> sources = javaFiles(root);
            if (sources.isEmpty()) {
                continue;
            }
            String visibility = root.toAbsolutePath().normalize().startsWith(hiddenRoot.toAbsolutePath().normalize())
                    ? "hidden" : "public";
            try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
                JavacTask task = (JavacTask) javac.getTask(null, files, diagnostic -> { }, List.of("-proc:none"),
                        null, units);
                Iterable<? extends CompilationUnitTree> parsed = task.parse();
                SourcePositions positions = Trees.instance(task).getSourcePositions();
                for (CompilationUnitTree unit : parsed) {
                    unit.accept(new GradedMethodFinder(unit, positions, visibility, tests), null);
                }
            }
        }
        return tests;
    }

    static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Walks one compilation unit, keeping track of nested classes for binary names. */
    private static final class GradedMethodFinder extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final String packagePrefix;
        private final String visibility;
        private final List<GradedTest> found;
        private final Deque<String> classes = new ArrayDeque<>();

        GradedMethodFinder(CompilationUnitTree unit, SourcePositions positions, String visibility,
                List<GradedTest> found) {
            this.unit = unit;
            this.positions = positions;
            this.packagePrefix = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
            this.visibility = visibility;
            this.found = found;
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            String name = classes.isEmpty() ? packagePrefix + node.getSimpleName()
                    : classes.peek() + "$" + node.getSimpleName();
            classes.push(name);
            try {
                return super.visitClass(node, unused);
            } finally {
                classes.pop();
            }
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            Optional<AnnotationTree> graded = annotation(method, "Graded");
            if (graded.isPresent() && !classes.isEmpty()) {
                String where = classes.peek() + "#" + method.getName();
                int exercise = intArgument(graded.get(), "exercise", where);
                int points = intArgument(graded.get(), "points", where);
                String name = annotation(method, "DisplayName").map(a -> stringArgument(a, where))
                        .orElse(method.getName().toString());
                found.add(new GradedTest(classes.peek(), method.getName().toString(), exercise, points, name,
                        visibility, Path.of(unit.getSourceFile().toUri()), line(method)));
            }
            return super.visitMethod(method, unused);
        }

        /**
         * The line a reader looks for: where the return type and name are, after the annotations.
         * A method's own start would be its first annotation's line.
         */
        private int line(MethodTree method) {
            long start = positions.getStartPosition(unit, method.getReturnType() != null ? method.getReturnType()
                    : method);
            return start < 0 ? 0 : (int) unit.getLineMap().getLineNumber(start);
        }

        private static Optional<AnnotationTree> annotation(MethodTree method, String simpleName) {
            return method.getModifiers().getAnnotations().stream()
                    .filter(a -> {
                        String type = a.getAnnotationType().toString();
                        return type.equals(simpleName) || type.endsWith("." + simpleName);
                    })
                    .map(a -> (AnnotationTree) a)
                    .findFirst();
        }

        private static int intArgument(AnnotationTree annotation, String name, String where) {
            Object value = literal(annotation, name);
            if (!(value instanceof Integer number)) {
                throw new IllegalStateException("@Graded(" + name + " = ...) on " + where
                        + " must be an integer literal, so the gate can read it without compiling");
            }
            return number;
        }

        private static String stringArgument(AnnotationTree annotation, String where) {
            if (!(literal(annotation, "value") instanceof String text)) {
                throw new IllegalStateException("@DisplayName on " + where + " must be a string literal");
            }
            return text;
        }

        /** The argument's literal value, or null when it is missing or not a literal. */
        private static Object literal(AnnotationTree annotation, String name) {
            for (ExpressionTree argument : annotation.getArguments()) {
                String argumentName = "value";
                ExpressionTree value = argument;
                if (argument instanceof AssignmentTree assignment) {
                    argumentName = assignment.getVariable().toString();
                    value = assignment.getExpression();
                }
                if (argumentName.equals(name) && value instanceof LiteralTree literal) {
                    return literal.getValue();
                }
            }
            return null;
        }
    }
}
