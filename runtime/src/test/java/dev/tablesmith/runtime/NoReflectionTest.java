package dev.tablesmith.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablesmith.runtime.testing.BytecodeScan;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the constant pool of every runtime class (target/classes) and proves the bytecode uses
 * no {@code java.lang.reflect}, no {@code java.beans}, no {@code MethodHandles} lookups and no
 * reflective {@code Class} methods, and links only to the JDK and the AWS SDK.
 */
class NoReflectionTest {
    /** Violations in one class file's constant pool. */
    static List<String> violations(byte[] classFile) throws IOException {
        return BytecodeScan.violations(classFile);
    }

    static Set<String> referencedPackages(byte[] classFile) throws IOException {
        Set<String> packages = new TreeSet<>();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.skipBytes(8);
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7 -> classes.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int index : classes) {
            String name = utf8[index].replaceFirst("^\\[+L?", "");
            if (name.contains("/")) {
                packages.add(name.substring(0, name.lastIndexOf('/')));
            }
        }
        return packages;
    }

    private static List<Path> runtimeClasses() throws IOException, URISyntaxException {
        Path root = Path.of(TableOperations.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    @Test
    void runtimeBytecodeUsesNoReflection() throws Exception {
        List<Path> classes = runtimeClasses();
        assertTrue(classes.size() > 40, "found the runtime's classes: " + classes.size());
        List<String> problems = new ArrayList<>();
        for (Path file : classes) {
            violations(Files.readAllBytes(file)).forEach(v -> problems.add(file.getFileName() + " "
                    + v));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void runtimeLinksOnlyToTheJdkAndTheAwsSdk() throws Exception {
        Set<String> foreign = new TreeSet<>();
        for (Path file : runtimeClasses()) {
            for (String p : referencedPackages(Files.readAllBytes(file))) {
                if (!p.startsWith("java/") && !p.startsWith("javax/crypto")
                        && !p.startsWith("software/amazon/awssdk/")
                        && !p.startsWith("dev/tablesmith/runtime")) {
                    foreign.add(p);
                }
            }
        }
        assertEquals(Set.of(), foreign);
    }

    /** Uses each forbidden API once, so the scanner is shown to find them. */
    static final class Reflective {
        Object use() throws ReflectiveOperationException {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            return List.of(lookup, Class.forName("java.lang.String").getDeclaredFields(),
                    String.class.getMethod("length").getName());
        }
    }

    @Test
    void theScannerFindsReflectionWhereItIs() throws Exception {
        byte[] bytes;
        String name = "NoReflectionTest$Reflective.class";
        try (InputStream in = Reflective.class.getResourceAsStream(name)) {
            bytes = in.readAllBytes();
        }
        List<String> found = violations(bytes);
        assertTrue(found.contains("uses java/lang/reflect/Method"), found.toString());
        assertTrue(found.contains("calls java/lang/invoke/MethodHandles.lookup"), found.toString());
        assertTrue(found.contains("calls java/lang/Class.forName"), found.toString());
        assertTrue(found.contains("calls java/lang/Class.getDeclaredFields"), found.toString());
    }
}
