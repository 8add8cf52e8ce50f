package vn.thituyen.campaign.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The agencies of a joint position as the office writes them, on the form or in the positions sheet: one agency a
 * line (or separated by ";"), each "name: places" — "Sở Tư pháp: 2; Sở Tài chính: 1". Empty text: not a joint
 * position.
 */
public final class AgencyPlaces {

    /** Most agencies a joint position may list (a sanity bound, not a legal one). */
    public static final int MAX_AGENCIES = 20;

    private AgencyPlaces() {
    }

    /** One agency and its places. */
    public record Entry(String name, int places) {
    }

    /**
     * The agencies read, or the message key of the first problem (with the faulty item as its argument).
     * @param problem null when the text is fine
     */
    public record Parsed(List<Entry> entries, String problem, String detail) {

        public boolean ok() {
            return problem == null;
        }

        public int totalPlaces() {
            return entries.stream().mapToInt(Entry::places).sum();
        }
    }

    public static Parsed parse(String text) {
        List<Entry> entries = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new Parsed(List.of(), null, null);
        }
        Set<String> seen = new HashSet<>();
        for (String raw : text.split("[;\\n\\r]+")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.lastIndexOf(':');
            String name = colon < 0 ? "" : item.substring(0, colon).strip();
            String number = colon < 0 ? "" : item.substring(colon + 1).strip();
            if (name.isEmpty() || !number.matches("\\d{1,4}")) {
                return new Parsed(List.of(), "error.position.agencies.format", item);
            }
            int places = Integer.parseInt(number);
            if (places < 1) {
                return new Parsed(List.of(), "error.position.agencies.places", item);
            }
            if (name.length() > 300) {
                return new Parsed(List.of(), "error.position.agencies.format", item);
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                return new Parsed(List.of(), "error.position.agencies.duplicate", name);
            }
            entries.add(new Entry(name, places));
        }
        if (entries.size() == 1) {
            return new Parsed(List.of(), "error.position.agencies.two", entries.get(0).name());
        }
        if (entries.size() > MAX_AGENCIES) {
            return new Parsed(List.of(), "error.position.agencies.many", String.valueOf(MAX_AGENCIES));
        }
        return new Parsed(List.copyOf(entries), null, null);
    }

    /** The text {@link #parse} reads back: one agency a line. */
    public static String format(List<Entry> entries) {
        return String.join("\n", entries.stream().map(e -> e.name() + ": " + e.places()).toList());
    }
}
