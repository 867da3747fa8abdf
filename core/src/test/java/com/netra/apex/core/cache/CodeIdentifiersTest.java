package com.netra.apex.core.cache;

import static com.netra.apex.core.cache.GuardAssertions.assertBlocked;
import static com.netra.apex.core.cache.GuardAssertions.assertCompatible;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeIdentifiersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What does `useEffect` do in React? | What does `useLayoutEffect` do in React?",
            "Why does `git rebase` rewrite history? | Why does `git merge` rewrite history?",
            "Fix the NullPointerException in getUserName(). | Fix the NullPointerException in getUserId().",
            "What does the --force flag do in npm install? | What does the --legacy-peer-deps flag do in npm install?",
            "Why is config.yaml not loaded? | Why is config.json not loaded?",
            "Why does my_function return None? | Why does my_handler return None?",
            "How do I call Object.freeze on nested objects? | How do I call Object.seal on nested objects?",
            "Why is the .env file ignored by git? | Why is the .npmrc file ignored by git?",
            "What does /etc/hosts control? | What does /etc/resolv.conf control?",
            "Why does `SELECT COUNT(*)` scan the table? | Why does `SELECT COUNT(id)` scan the table?",
            "What does `ls -la` show? | What does `ls -lh` show?",
    })
    void aChangedIdentifierBlocks(String cached, String query) {
        assertBlocked(cached, query, "code identifiers differ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What does `git stash` do? | Explain what git stash does.",
            "Fix the bug in calculate_total(). | There's a bug in calculate_total(); fix it.",
            "Upload with `Dataset.push_to_hub()`. | Upload by utilizing Dataset.push_to_hub().",
            "Iter_archive() yields tuples. | The files yielded by iter_archive() are tuples.",
            "The datasets.list_datasets method lists datasets. | The list_datasets method of the datasets module lists datasets.",
            "Set `drop_labels=False` explicitly. | Explicitly set `drop_labels=False`.",
            "Use e.g. a list. | Use a list, for example.",
    })
    void theSameIdentifiersRephrasedStayCompatible(String cached, String query) {
        assertCompatible(cached, query);
    }
}
