package com.netra.apex.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingCsvReaderTest {

    private static final String HEADER = "prompt,mistralai/Mixtral-8x7B-Instruct-v0.1,gpt-4-1106-preview\n";

    @Test
    void quotedFieldsKeepLineBreaksCommasAndDoubledQuotes() {
        String csv = HEADER
                + "\"Find x, given \"\"x + 1 = 2\"\".\nA. 0\nB. 1\nAnswer:\",False,True\n"
                + "plain prompt,True,True\r\n"
                + "\"last\",true,FALSE";
        RoutingCsvReader.Dataset d = RoutingCsvReader.read("math.csv", csv);

        assertThat(d.malformed()).isEmpty();
        assertThat(d.examples()).hasSize(3);
        RoutingExample first = d.examples().get(0);
        assertThat(first.prompt()).isEqualTo("Find x, given \"x + 1 = 2\".\nA. 0\nB. 1\nAnswer:");
        assertThat(first.weakCorrect()).isFalse();
        assertThat(first.strongCorrect()).isTrue();
        assertThat(first.strongGain()).isEqualTo(1);
        assertThat(first.line()).isEqualTo(2);
        assertThat(d.examples().get(1).line()).isEqualTo(6);
        assertThat(d.examples().get(1).prompt()).isEqualTo("plain prompt");
        assertThat(d.examples().get(2).line()).isEqualTo(7);
        assertThat(d.examples().get(2).strongGain()).isEqualTo(-1);
    }

    @Test
    void malformedRowsAreReportedWithFileAndLineAndSkipped() {
        String csv = HEADER
                + "\"two\nlines\",True,False\n"
                + "too,many,fields,here\n"
                + "\"ok\",maybe,True\n"
                + "a \"quoted\" word,True,True\n"
                + "\"closed\"junk,True,True\n"
                + "\"still read\",False,False\n";
        RoutingCsvReader.Dataset d = RoutingCsvReader.read("law.csv", csv);

        assertThat(d.examples()).extracting(RoutingExample::prompt).containsExactly("two\nlines", "still read");
        assertThat(d.examples().get(1).line()).isEqualTo(8);
        assertThat(d.malformed()).extracting(RoutingCsvReader.Malformed::toString).containsExactly(
                "law.csv:4: expected 3 fields, found 4",
                "law.csv:5: needs a prompt and True/False for both models, got 'maybe', 'True'",
                "law.csv:6: quote inside an unquoted field",
                "law.csv:7: unexpected 'j' after a closing quote");
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereTheRowStarts() {
        RoutingCsvReader.Dataset d = RoutingCsvReader.read("x.csv", HEADER + "ok,True,True\n\"never\nclosed,True,True\n");
        assertThat(d.examples()).hasSize(1);
        assertThat(d.malformed()).extracting(RoutingCsvReader.Malformed::toString)
                .containsExactly("x.csv:3: unterminated quoted field");
    }

    @Test
    void aFileWithoutTheHeaderIsSkippedWhole() {
        RoutingCsvReader.Dataset d = RoutingCsvReader.read("bad.csv", "question,a,b\nq,True,True\n");
        assertThat(d.examples()).isEmpty();
        assertThat(d.malformed()).hasSize(1);
        assertThat(d.malformed().get(0).line()).isEqualTo(1);
    }

    @Test
    void aFolderIsReadInFileNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.csv"), HEADER + "from b,True,False\n");
        Files.writeString(dir.resolve("a.csv"), HEADER + "from a,False,True\n");
        Files.writeString(dir.resolve("notes.txt"), "not data");

        RoutingCsvReader.Dataset d = RoutingCsvReader.readFolder(dir);

        assertThat(d.examples()).extracting(RoutingExample::source).containsExactly("a.csv", "b.csv");
        assertThatThrownBy(() -> RoutingCsvReader.readFolder(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
