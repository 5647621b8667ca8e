package io.github.copydesk.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The inputs named on the command line, one at a time: a file as it is, a directory recursively in a
 * stable order (the entries of each directory sorted by name, each subdirectory where its name falls;
 * only {@code .html}, {@code .htm}, {@code .xhtml}, {@code .jsonld} and {@code .json} files; hidden
 * entries and symbolic links to directories skipped), and {@code -} as standard input. Lazy: only the
 * listing of the directories being walked is held, never the inputs of a whole run.
 */
final class Inputs implements Iterable<Input> {

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> String.valueOf(p.getFileName()));

    private final List<String> arguments;

    Inputs(List<String> arguments) {
        this.arguments = List.copyOf(arguments);
    }

    /** @return how many inputs there are; walks the directories once more */
    long count() {
        long n = 0;
        for (Iterator<Input> it = iterator(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    @Override
    public Iterator<Input> iterator() {
        return new Walk();
    }

    /** Why a path cannot be read, for people: what happened and what to do. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory; check the path";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied; check the file's permissions";
        }
        String message = e.getMessage();
        return "cannot be read (" + e.getClass().getSimpleName() + (message == null ? "" : ": " + message) + ")";
    }

    /** A depth-first walk of the arguments, holding one sorted listing per open directory. */
    private final class Walk implements Iterator<Input> {
        private final Iterator<String> args = arguments.iterator();
        private final Deque<Iterator<Path>> open = new ArrayDeque<>();
        private Input next;

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!open.isEmpty()) {
                    Iterator<Path> listing = open.peek();
                    if (!listing.hasNext()) {
                        open.pop();
                        continue;
                    }
                    Path entry = listing.next();
                    String name = String.valueOf(entry.getFileName());
                    if (name.startsWith(".")) {
                        continue;
                    }
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        enter(entry);
                    } else if (Input.kindOf(entry) != Input.Kind.UNKNOWN && !Files.isDirectory(entry)) {
                        if (Files.isRegularFile(entry)) {
                            next = Input.file(entry.toString(), entry);
                        } else if (!Files.exists(entry)) {
                            next = Input.failed(entry.toString(), "no such file: a link to " + linkTarget(entry)
                                    + ", which does not exist");
                        } else {
                            next = Input.skipped(entry.toString(), "skipped: not a regular file (a device, a FIFO, a socket, "
                                    + "or a link to one), which may never end");
                        }
                    }
                    continue;
                }
                if (!args.hasNext()) {
                    return false;
                }
                String arg = args.next();
                if (arg.equals(Input.STDIN)) {
                    next = Input.stdin();
                    continue;
                }
                Path path;
                try {
                    path = Path.of(arg);
                } catch (java.nio.file.InvalidPathException e) {
                    next = Input.failed(arg, "not a valid path (" + e.getReason() + ")");
                    continue;
                }
                if (Files.isDirectory(path)) {
                    enter(path);
                } else if (Files.exists(path)) {
                    next = Input.file(arg, path);
                } else {
                    next = Input.failed(arg, "no such file or directory; check the path");
                }
            }
            return true;
        }

        private static String linkTarget(Path link) {
            try {
                return Files.readSymbolicLink(link).toString();
            } catch (IOException | UnsupportedOperationException e) {
                return "a missing file";
            }
        }

        private void enter(Path dir) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path entry : stream) {
                    entries.add(entry);
                }
            } catch (IOException e) {
                next = Input.failed(dir.toString(), "the directory " + describe(e));
                return;
            }
            entries.sort(BY_NAME);
            open.push(entries.iterator());
        }

        @Override
        public Input next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Input result = next;
            next = null;
            return result;
        }
    }
}
