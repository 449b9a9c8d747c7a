import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files from the two jars of a materialized product that the JDK's own class
 * loaders read: the Equinox launcher (on the class path) and the OSGi framework (read by the
 * launcher's URL class loader). The JDK verifies every class it reads from a signed jar, and keeps no
 * class of a signed jar in its ahead-of-time cache, so the framework's 450 start-up classes were
 * parsed, digested and verified anew on every start. Nothing checks these signatures in the running
 * product (Equinox's signed-content support is off; p2 does not update it). Every other entry is
 * copied unchanged, in its order.
 *
 * <p>Run from source by the product's build: {@code java releng/tools/UnsignStartupJars.java PRODUCTS_DIR}.
 */
public final class UnsignStartupJars {

    private static final Pattern STARTUP_JAR = Pattern.compile("org\\.eclipse\\.(osgi|equinox\\.launcher)_[^/]*\\.jar");
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    private UnsignStartupJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java UnsignStartupJars.java PRODUCTS_DIR (a folder of materialized products)");
            System.exit(2);
        }
        List<Path> jars;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            jars = files.filter(file -> file.getParent() != null && file.getParent().getFileName().toString().equals("plugins")
                    && STARTUP_JAR.matcher(file.getFileName().toString()).matches()).toList();
        }
        if (jars.isEmpty()) {
            System.err.println("UnsignStartupJars: no Equinox launcher or framework jar below " + args[0]);
            System.exit(1);
        }
        for (Path jar : jars) {
            int removed = unsign(jar);
            System.out.println("UnsignStartupJars: " + jar + ": " + removed + " signature file(s) removed");
        }
    }

    /** Rewrites {@code jar} without its signature files; returns how many there were. */
    static int unsign(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".unsigned");
        List<String> removed = new ArrayList<>();
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(rewritten);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : in.stream().toList()) {
                if (SIGNATURE.matcher(entry.getName()).matches()) {
                    removed.add(entry.getName());
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
        if (removed.isEmpty()) {
            Files.delete(rewritten);
        } else {
            Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        return removed.size();
    }
}
