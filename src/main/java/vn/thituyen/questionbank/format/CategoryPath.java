package vn.thituyen.questionbank.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moodle's category paths ({@code $course$/top/Hiến pháp/Chương I}) as topic paths. A "/" inside a name is
 * written "//", as Moodle does; the context ({@code $course$}, {@code $module$}, {@code $system$}…) and the
 * {@code top} category every Moodle bank has say nothing about the topic and are dropped.
 */
final class CategoryPath {

    private static final Pattern SEPARATOR = Pattern.compile("(?<!/)/(?!/)");
    private static final Pattern CONTEXT = Pattern.compile("\\$[A-Za-z]+\\$");

    private CategoryPath() {
    }

    static List<String> parse(String path) {
        List<String> out = new ArrayList<>();
        if (path == null || path.isBlank()) {
            return out;
        }
        String[] raw = SEPARATOR.split(path.strip(), -1);
        for (int i = 0; i < raw.length; i++) {
            String name = TextFiles.nfc(raw[i].replace("//", "/").strip());
            if (i == 0 && CONTEXT.matcher(name).matches()) {
                continue;
            }
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        if (!out.isEmpty() && out.get(0).equalsIgnoreCase("top")) {
            out.remove(0);
        }
        return out;
    }

    /**
     * The path Moodle imports into the course's question bank; the bank's root is {@code $course$/top} (only
     * written when questions return to the root after a topic).
     */
    static String write(List<String> topic) {
        StringBuilder out = new StringBuilder("$course$/top");
        for (String name : topic) {
            out.append('/').append(name.replace("/", "//"));
        }
        return out.toString();
    }

    /** A name starting or ending with "/" cannot be told apart from the separator next to it. */
    static boolean writable(List<String> topic) {
        for (String name : topic) {
            if (name.isBlank() || !name.equals(name.strip()) || name.startsWith("/") || name.endsWith("/")
                    || name.chars().anyMatch(Character::isISOControl)) {
                return false;
            }
        }
        return true;
    }
}
