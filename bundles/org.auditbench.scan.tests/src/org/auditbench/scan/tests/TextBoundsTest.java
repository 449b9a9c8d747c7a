package org.auditbench.scan.tests;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;

import java.util.List;
import java.util.stream.IntStream;

import org.auditbench.scan.TextBounds;
import org.junit.Test;

/** The one way texts from the network are cut: within the bound, with a marker that counts what was there. */
public class TextBoundsTest {

    @Test
    public void aTextWithinTheBoundStaysAsItIs() {
        String text = "220 mx.example ESMTP";
        assertSame(text, TextBounds.cut(text, 100));
        assertEquals("x".repeat(100), TextBounds.cut("x".repeat(100), 100));
        assertEquals(null, TextBounds.cut(null, 100));
    }

    @Test
    public void aLongerTextKeepsItsBeginningAndSaysHowMuchItHad() {
        String cut = TextBounds.cut("G".repeat(4_500), 2_000);
        assertEquals(2_000, cut.length());
        assertThat(cut, startsWith("GGGG"));
        assertThat(cut, endsWith("G... [cut: 4,500 characters, kept 1,961]"));
        for (int max : new int[] { 100, 999, 1_000, 1_001, 4_000 }) {
            assertEquals("at most " + max, true, TextBounds.cut("y".repeat(123_456), max).length() <= max);
        }
    }

    @Test
    public void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // U+1F600 takes two chars; a cut between them would store half a character
        String emoji = "\uD83D\uDE00".repeat(100);
        String cut = TextBounds.cut(emoji, 100);
        int kept = cut.indexOf("...");
        assertFalse(Character.isHighSurrogate(cut.charAt(kept - 1)));
        assertEquals(0, kept % 2);
    }

    @Test
    public void aListShowsTwentyItemsAndCountsTheRest() {
        List<String> hosts = IntStream.range(0, 1_000).mapToObj(i -> "mx" + i).toList();
        String list = TextBounds.list(hosts);
        assertThat(list, startsWith("mx0, mx1, mx2, "));
        assertThat(list, endsWith("mx18, mx19 and 980 more"));
        assertEquals("mx0, mx1", TextBounds.list(hosts.subList(0, 2)));
    }
}
