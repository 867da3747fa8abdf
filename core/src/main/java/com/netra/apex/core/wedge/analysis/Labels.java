package com.netra.apex.core.wedge.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers labels (models, keys) so a row stores an int; past {@link Tally#MAX_LABELS} new ones share "(other)". */
final class Labels {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int id(String label) {
        String name = label == null || label.isBlank() ? Tally.UNKNOWN : label;
        Integer id = ids.get(name);
        if (id != null) {
            return id;
        }
        if (names.size() >= Tally.MAX_LABELS) {
            return id(Tally.OTHER);
        }
        ids.put(name, names.size());
        names.add(name);
        return names.size() - 1;
    }

    String name(int id) {
        return names.get(id);
    }
}
