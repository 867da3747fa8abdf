package com.netra.apex.core.compression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceRuleTest {

    @Test
    void tidyTextComesBackAsTheSameInstance() {
        String text = "Summarize the report below.\n\nKeep it short:\n  - two bullets\n  - no jargon";
        assertThat(WhitespaceRule.apply(text)).isSameAs(text);
    }

    @Test
    void convertsCrlfAndDropsTrailingSpacesAndTabs() {
        assertThat(WhitespaceRule.apply("first line   \r\nsecond\t\r\nthird  "))
                .isEqualTo("first line\nsecond\nthird");
    }

    @Test
    void collapsesThreeOrMoreBlankLinesToOne() {
        assertThat(WhitespaceRule.apply("a\n\n\n\nb\n \n\t\n\n\nc")).isEqualTo("a\n\nb\n\nc");
    }

    @Test
    void keepsOneOrTwoBlankLines() {
        String text = "a\n\nb\n\n\nc";
        assertThat(WhitespaceRule.apply(text)).isSameAs(text);
    }

    @Test
    void collapsesSpaceRunsInsideProseButNotIndentation() {
        assertThat(WhitespaceRule.apply("    The  total   is   due.\n\tItem:    one"))
                .isEqualTo("    The total is due.\n\tItem: one");
    }

    @Test
    void keepsIndentationOfYamlAndPython() {
        String yaml = "server:\n  port: 8080\n  tls:\n    enabled: true\n";
        String python = "def f(x):\n    if x:\n        return 1\n    return 0\n";
        assertThat(WhitespaceRule.apply(yaml)).isSameAs(yaml);
        assertThat(WhitespaceRule.apply(python)).isSameAs(python);
    }

    @Test
    void leavesFencedCodeExactlyAsItIs() {
        String code = "```python\r\ndef f():   \r\n    x  =  1    \r\n\r\n\r\n\r\n    return x\r\n```";
        String text = "Look at  this:   \r\n" + code + "\r\nThanks.  ";
        assertThat(WhitespaceRule.apply(text)).isEqualTo("Look at this:\n" + code + "\r\nThanks.");
    }

    @Test
    void treatsAnUnclosedFenceAsCodeToTheEnd() {
        String text = "Here:\n```\nx  =  1   \n\n\n\n\ny = 2";
        assertThat(WhitespaceRule.apply(text)).isSameAs(text);
    }

    @Test
    void leavesSpacesInsideInlineCodeAndQuotes() {
        assertThat(WhitespaceRule.apply("Use  `a  b`  and  \"c  d\"  here"))
                .isEqualTo("Use `a  b` and \"c  d\" here");
    }

    @Test
    void leavesTabsInsideALine() {
        String tsv = "name\tqty\nwidget\t3";
        assertThat(WhitespaceRule.apply(tsv)).isSameAs(tsv);
    }
}
