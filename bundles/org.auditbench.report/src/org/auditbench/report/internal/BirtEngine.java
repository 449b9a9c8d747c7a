package org.auditbench.report.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.FrameworkUtil;

/**
 * The application's one BIRT report engine, started on first use. Fonts: only the DejaVu fonts shipped
 * in this bundle (fonts/) are used, so PDFs embed them and look the same on every machine; they are
 * registered with Java2D too, for charts.
 */
public final class BirtEngine {

    private static IReportEngine engine;

    private BirtEngine() {
    }

    public static synchronized IReportEngine get() {
        if (engine == null) {
            engine = start();
        }
        return engine;
    }

    static synchronized void shutdown() {
        if (engine != null) {
            engine.destroy();
            Platform.shutdown();
            engine = null;
        }
    }

    private static IReportEngine start() {
        // BIRT keeps the context class loader of the thread that starts it: give it ours.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BirtEngine.class.getClassLoader());
        try {
            Path fonts = fontDirectory();
            registerWithJava2d(fonts);
            EngineConfig config = new EngineConfig();
            config.setLogConfig(null, Level.WARNING);
            config.setFontConfig(fontsConfig(fonts));
            Platform.startup(config);
            IReportEngineFactory factory = (IReportEngineFactory) Platform
                    .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
            if (factory == null) {
                throw new IllegalStateException("the BIRT report engine factory is not installed");
            }
            return factory.createReportEngine(config);
        } catch (BirtException | IOException e) {
            throw new IllegalStateException("cannot start the BIRT report engine: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Path fontDirectory() throws IOException {
        URL entry = FrameworkUtil.getBundle(BirtEngine.class).getEntry("fonts/");
        if (entry == null) {
            throw new IOException("the report bundle ships no fonts/ folder");
        }
        return new File(FileLocator.toFileURL(entry).getPath()).toPath();
    }

    private static void registerWithJava2d(Path fonts) throws IOException {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        try (var files = Files.list(fonts)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttf")).toList()) {
                environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
            }
        } catch (FontFormatException e) {
            throw new IOException("a shipped font cannot be read: " + e.getMessage(), e);
        }
    }

    private static URL fontsConfig(Path fonts) throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <font>
                  <font-aliases>
                    <mapping name="serif" font-family="DejaVu Sans"/>
                    <mapping name="sans-serif" font-family="DejaVu Sans"/>
                    <mapping name="monospace" font-family="DejaVu Sans"/>
                  </font-aliases>
                  <composite-font name="all-fonts" default="DejaVu Sans">
                    <font font-family="DejaVu Sans" catalog="Western"/>
                  </composite-font>
                  <font-paths>
                    <path path="%s"/>
                  </font-paths>
                </font>
                """.formatted(fonts.toAbsolutePath());
        Path file = Files.createTempFile("auditbench-fonts", ".xml");
        file.toFile().deleteOnExit();
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file.toUri().toURL();
    }
}
