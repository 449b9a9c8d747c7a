package org.auditbench.cli.internal.workflow;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.auditbench.cli.UsageException;

/**
 * The words after a command: positional arguments, {@code --name value} options (an option may be
 * repeated) and {@code --flag}s. Every conversion error names the option and the value.
 */
final class Options {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /**
     * @param valued the options that take a value
     * @param flags  the options that stand alone
     */
    Options(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
            } else if (flags.contains(arg)) {
                values.computeIfAbsent(arg, k -> new ArrayList<>()).add("true");
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                values.computeIfAbsent(arg, k -> new ArrayList<>()).add(args.get(++i));
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    /** Refuses positional arguments, for commands that take options only. */
    void noPositional() throws UsageException {
        if (!positional.isEmpty()) {
            throw new UsageException("unexpected argument '" + positional.get(0) + "'");
        }
    }

    /** The single positional argument, a number such as a campaign id. */
    long id(String what) throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException("give the " + what + " (one number)");
        }
        return number(what, positional.get(0));
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    Optional<String> optional(String name) throws UsageException {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new UsageException(name + " is given " + given.size() + " times");
        }
        return given.stream().findFirst();
    }

    String required(String name) throws UsageException {
        return optional(name).orElseThrow(() -> new UsageException("missing " + name));
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    long requiredNumber(String name) throws UsageException {
        return number(name, required(name));
    }

    Optional<LocalDate> optionalDate(String name) throws UsageException {
        Optional<String> text = optional(name);
        return text.isEmpty() ? Optional.empty() : Optional.of(date(name, text.get()));
    }

    LocalDate requiredDate(String name) throws UsageException {
        return date(name, required(name));
    }

    /** An existing, readable file. */
    Path file(String name) throws UsageException {
        Path file = Path.of(required(name));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException(name + ": '" + file + "' is not a readable file");
        }
        return file;
    }

    static LocalDate date(String name, String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(name + ": '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    static double fraction(String name, String text) throws UsageException {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": '" + text + "' is not a number (a fraction such as 0.1)");
        }
    }

    /** {@code host:port}, {@code [v6]:port} or a host alone (port 53, for DNS servers). */
    static InetSocketAddress hostAndPort(String name, String text) throws UsageException {
        int colon = text.lastIndexOf(':');
        boolean hasPort = colon > 0 && (text.indexOf(':') == colon || text.startsWith("[") && text.charAt(colon - 1) == ']');
        String host = hasPort ? text.substring(0, colon) : text;
        int port;
        try {
            port = hasPort ? Integer.parseInt(text.substring(colon + 1)) : 53;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535 || host.isEmpty()) {
            throw new UsageException(name + ": '" + text + "' is not HOST:PORT");
        }
        return new InetSocketAddress(host.replace("[", "").replace("]", ""), port);
    }

    static long number(String name, String text) throws UsageException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": '" + text + "' is not a whole number");
        }
    }
}
