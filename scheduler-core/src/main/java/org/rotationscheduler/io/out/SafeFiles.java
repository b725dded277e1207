package org.rotationscheduler.io.out;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling and moves it into place, so a failed write never
 * leaves a partial file and an existing file is never replaced without {@code force}.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, boolean force, Writer writer) throws IOException {
        if (Files.exists(target) && !force) {
            throw new FileExistsException(target);
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            readableByOthers(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files are created owner-only; the finished output is an ordinary file (rw-r--r--). */
    private static void readableByOthers(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the ACLs of the folder apply
        }
    }

    public static void writeString(Path target, boolean force, String text) throws IOException {
        write(target, force, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** An output file exists already and {@code --force} was not given. */
    public static final class FileExistsException extends IOException {
        private final Path path;

        public FileExistsException(Path path) {
            super(path + " exists already; choose another output or add --force to replace it");
            this.path = path;
        }

        public Path path() {
            return path;
        }
    }
}
