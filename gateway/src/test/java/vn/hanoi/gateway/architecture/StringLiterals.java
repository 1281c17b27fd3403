package vn.hanoi.gateway.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The string literals of a compiled class: the {@code CONSTANT_String} entries of its constant pool (JVMS §4.4),
 * which hold every literal and every string concatenation's recipe, but no identifier. ArchUnit sees dependencies,
 * not constants, and reading them through its shaded ASM would bind the test to ArchUnit's internals: the constant
 * pool's layout is fixed by the JVM specification and short to walk.
 */
final class StringLiterals {

    private static final int UTF8 = 1;
    private static final int STRING = 8;

    private StringLiterals() {
    }

    static List<String> of(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return read(new DataInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code literal} holds {@code name} as a word of its own (not inside a longer word). */
    static boolean namesWord(String literal, String name) {
        return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(name) + "(?![a-z])").matcher(literal).find();
    }

    private static List<String> read(DataInputStream in) throws IOException {
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> strings = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> utf8[index] = in.readUTF();
                case STRING -> strings.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    index++;
                }
                default -> throw new IllegalStateException("unknown constant pool tag " + tag);
            }
        }
        return strings.stream().map(index -> utf8[index]).toList();
    }
}
