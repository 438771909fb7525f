package dev.tablesmith.runtime.testing;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a class file's constant pool and lists its reflective uses: {@code java.lang.reflect},
 * {@code java.beans}, {@code MethodHandles} lookups and reflective {@code Class} methods. The
 * runtime's and the generated code's no-reflection tests share it.
 */
public final class BytecodeScan {
    private static final Set<String> REFLECTIVE_CLASS_METHODS = Set.of("forName", "getMethod",
            "getMethods",
            "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField",
            "getDeclaredFields", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "newInstance", "getRecordComponents", "getEnumConstants");

    /**
     * @param classFile the bytes of a class file
     * @return each reflective use its constant pool holds, such as {@code uses java/lang/reflect/Method}
     * @throws IOException when the bytes are not a class file
     */
    public static List<String> violations(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        List<int[]> memberRefs = new ArrayList<>(); // {classIndex, nameAndTypeIndex}
        int[] natName = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11 -> memberRefs.add(new int[] {in.readUnsignedShort(),
                        in.readUnsignedShort()});
                case 12 -> {
                    natName[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> in.readInt();
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> found = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            String name = classNameIndex[i] == 0 ? null : utf8[classNameIndex[i]];
            if (name != null && (name.startsWith("java/lang/reflect/")
                    || name.startsWith("java/beans/"))) {
                found.add("uses " + name);
            }
        }
        for (int[] ref : memberRefs) {
            String owner = utf8[classNameIndex[ref[0]]];
            String member = utf8[natName[ref[1]]];
            if (owner.startsWith("java/lang/invoke/MethodHandles")
                    || owner.equals("java/lang/Class")
                            && REFLECTIVE_CLASS_METHODS.contains(member)) {
                found.add("calls " + owner + "." + member);
            }
        }
        return found;
    }

    private BytecodeScan() {
    }
}
