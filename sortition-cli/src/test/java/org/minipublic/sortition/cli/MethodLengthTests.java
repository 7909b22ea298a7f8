package org.minipublic.sortition.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The house style aims at methods of about 15 lines; long ones hide their steps. This prints the longest methods of
 * the sortition engine, its command line and what the command lines share, and fails on any over the limit, so that a
 * long method is split into named steps when it is written rather than found in review.
 */
class MethodLengthTests {

    /** Lines from the signature to the closing brace. */
    static final int LIMIT = 50;

    private static final List<Path> SOURCES = List.of(
            Path.of("../sortition-engine/src/main/java"),
            Path.of("src/main/java"),
            Path.of("../cli-support/src/main/java"),
            Path.of("../table-io/src/main/java"));

    record Method(String name, long lines) {}

    @Test
    void noMethodIsLongerThanTheLimit() throws IOException {
        var methods = methods();
        System.out.println("Longest methods (lines):");
        methods.stream().limit(10).forEach(m -> System.out.println("  " + m.lines() + "  " + m.name()));

        assertThat(methods).hasSizeGreaterThan(100); // the sources were found
        assertThat(methods).allSatisfy(m -> assertThat(m.lines()).as(m.name()).isLessThanOrEqualTo(LIMIT));
    }

    /** Every method and constructor, longest first, measured on the parsed source. */
    private static List<Method> methods() throws IOException {
        var compiler = ToolProvider.getSystemJavaCompiler();
        try (var files = compiler.getStandardFileManager(null, null, null)) {
            var task = (JavacTask)
                    compiler.getTask(null, files, null, null, null, files.getJavaFileObjectsFromPaths(sources()));
            var trees = Trees.instance(task);
            List<Method> methods = new ArrayList<>();
            for (var unit : task.parse()) {
                var lines = unit.getLineMap();
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitMethod(MethodTree method, Void unused) {
                        var positions = trees.getSourcePositions();
                        long start = lines.getLineNumber(positions.getStartPosition(unit, method));
                        long end = lines.getLineNumber(positions.getEndPosition(unit, method));
                        String file = Path.of(unit.getSourceFile().toUri())
                                .getFileName()
                                .toString();
                        methods.add(new Method(file + " " + method.getName(), end - start + 1));
                        return super.visitMethod(method, unused);
                    }
                }.scan(unit, null);
            }
            methods.sort(Comparator.comparingLong(Method::lines).reversed());
            return methods;
        }
    }

    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (var root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }
}
