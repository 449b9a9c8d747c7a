package org.auditbench.scan.tests;

import static org.junit.Assert.assertEquals;

import org.auditbench.scan.internal.JsonWriter;
import org.junit.Test;

/** The line format of {@code scan --json} and of a run's stored settings, written by Jackson. */
public class JsonWriterTest {

    @Test
    public void oneCompactLineWithCommasAndEscapesInPlace() {
        String line = new JsonWriter().beginObject()
                .name("banner").value("220 mx.amt.test \"ESMTP\"\r\n\tgo\\on")
                .name("port").value(25).name("ratio").value(0.5).name("nan").value(Double.NaN)
                .name("starttls").value(true).name("provider").nullValue().name("missing").value((String) null)
                .name("ports").beginArray().value(25).value(443).endArray()
                .name("checks").beginObject().endObject()
                .endObject().toString();

        assertEquals("{\"banner\":\"220 mx.amt.test \\\"ESMTP\\\"\\r\\n\\tgo\\\\on\",\"port\":25,\"ratio\":0.5,\"nan\":null,"
                + "\"starttls\":true,\"provider\":null,\"missing\":null,\"ports\":[25,443],\"checks\":{}}", line);
    }

    /** A peer's text must not break the line: control characters and the Unicode line separators are escaped. */
    @Test
    public void aPeerCannotBreakTheLine() {
        String line = new JsonWriter().beginArray().value("a\u0007b\u2028c\u2029d Münster").endArray().toString();

        assertEquals("[\"a\\u0007b\\u2028c\\u2029d Münster\"]", line);
    }
}
