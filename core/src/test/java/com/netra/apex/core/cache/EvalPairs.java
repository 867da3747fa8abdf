package com.netra.apex.core.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the evaluation files whether tests run from the module directory or the repository root. */
final class EvalPairs {

    private EvalPairs() {
    }

    /** The first existing file at {@code relative} from the working directory or any of its parents. */
    static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative).normalize();
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
