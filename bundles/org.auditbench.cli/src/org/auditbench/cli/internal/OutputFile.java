package org.auditbench.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.auditbench.cli.CliContext;

/** Where a command writes its file: the path given, or standard output for "-" (the convention of every command). */
public final class OutputFile {

    private OutputFile() {
    }

    public static boolean isStandardOutput(String name) {
        return name.equals("-");
    }

    /** The stream to write; closing it leaves standard output open. */
    public static OutputStream open(String name, CliContext context) throws IOException {
        if (!isStandardOutput(name)) {
            return Files.newOutputStream(Path.of(name));
        }
        OutputStream out = context.out();
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
