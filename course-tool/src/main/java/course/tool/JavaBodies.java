package course.tool;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the method and constructor bodies of Java sources with the JDK's own parser (no
 * compilation, so sources need not resolve), and normalises text for comparison.
 */
final class JavaBodies {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private JavaBodies() {
    }

    /**
     * One method or constructor body.
     *
     * @param file the source file
     * @param owner the enclosing classes, dot-separated ({@code Outer.Inner})
     * @param method the method's name, or the class's name for a constructor
     * @param annotations the simple names of the method's annotations
     * @param statements how many statements the body has at its top level
     * @param text the body between its braces, normalised
     */
    record Body(Path file, String owner, String method, Set<String> annotations, int statements, String text) {

        /** {@code Class.method}, as reports name it. */
        String name() {
            return owner + "." + method;
        }
    }

    /** Text with all whitespace removed: layout changes do not hide a copy. */
    static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    /** The top-level type names declared in a source file. */
    static List<String> topLevelTypes(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        for (CompilationUnitTree unit : parse(List.of(file)).units()) {
            unit.getTypeDecls().stream()
                    .filter(ClassTree.class::isInstance)
                    .map(type -> ((ClassTree) type).getSimpleName().toString())
                    .forEach(names::add);
        }
        return names;
    }

    /** Every method and constructor body with a source position in the files. */
    static List<Body> of(List<Path> files) throws IOException {
        List<Body> bodies = new ArrayList<>();
        if (files.isEmpty()) {
            return bodies;
        }
        Parsed parsed = parse(files);
        SourcePositions positions = Trees.instance(parsed.task()).getSourcePositions();
        for (CompilationUnitTree unit : parsed.units()) {
            Path file = Path.of(unit.getSourceFile().toUri());
            String source = Files.readString(file, StandardCharsets.UTF_8);
            unit.accept(new BodyFinder(unit, positions, file, source, bodies), null);
        }
        return bodies;
    }

    private record Parsed(JavacTask task, List<CompilationUnitTree> units) {
    }

    private static Parsed parse(List<Path> files) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new ToolFailure("this Java runtime has no compiler; run the tool on a JDK 21 or newer");
        }
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, manager, diagnostic -> { }, List.of("-proc:none"),
                    null, manager.getJavaFileObjectsFromPaths(files));
            List<CompilationUnitTree> units = new ArrayList<>();
            task.parse().forEach(units::add);
            return new Parsed(task, units);
        }
    }

    /** Collects the bodies of one compilation unit, tracking the enclosing class names. */
    private static final class BodyFinder extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final Path file;
        private final String source;
        private final List<Body> found;
        private final Deque<String> classes = new ArrayDeque<>();

        BodyFinder(CompilationUnitTree unit, SourcePositions positions, Path file, String source, List<Body> found) {
            this.unit = unit;
            this.positions = positions;
            this.file = file;
            this.source = source;
            this.found = found;
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            String simple = node.getSimpleName().toString();
            String name = simple.isEmpty() ? "(anonymous)" : simple;
            classes.push(classes.isEmpty() ? name : classes.peek() + "." + name);
            try {
                return super.visitClass(node, unused);
            } finally {
                classes.pop();
            }
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            BlockTree body = method.getBody();
            long start = body == null ? -1 : positions.getStartPosition(unit, body);
            long end = body == null ? -1 : positions.getEndPosition(unit, body);
            if (start >= 0 && end > start + 1 && !classes.isEmpty()) {
                String owner = classes.peek();
                String name = method.getName().contentEquals("<init>")
                        ? owner.substring(owner.lastIndexOf('.') + 1) : method.getName().toString();
                Set<String> annotations = method.getModifiers().getAnnotations().stream()
                        .map(a -> a.getAnnotationType().toString())
                        .map(type -> type.substring(type.lastIndexOf('.') + 1))
                        .collect(Collectors.toUnmodifiableSet());
                String inner = source.substring((int) start + 1, (int) end - 1);
                found.add(new Body(file, owner, name, annotations, body.getStatements().size(), normalise(inner)));
            }
            return super.visitMethod(method, unused);
        }
    }
}
