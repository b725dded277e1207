package org.rotationscheduler.io.out;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;

/**
 * An output folder that appears whole or not at all: every file is written into a temporary
 * sibling folder, which is renamed onto the target in one step ({@code rename(2)}) once every file
 * is complete. The rename fails when the target appeared meanwhile and is not empty, so of two runs
 * writing one folder at the same time only one can claim success, and the folder then holds only
 * that run's files. With {@code force} the old folder is moved aside (one rename) just before, then
 * deleted; files in it that this output does not write (a planner's own) are carried over.
 *
 * <p>A symbolic link as the target is refused (it could lead into a published plan), and so is a
 * regular file.
 */
public final class AtomicFolder implements AutoCloseable {
    private final Path target;
    private final boolean force;
    private final Path staging;
    private boolean committed;

    private AtomicFolder(Path target, boolean force, Path staging) {
        this.target = target;
        this.force = force;
        this.staging = staging;
    }

    /**
     * Fails before any work when the target cannot be written: a symbolic link, a file, or a
     * folder that is not empty while {@code force} is off.
     *
     * @param option the option that named the folder, for the message (e.g. {@code --out})
     */
    public static void checkTarget(Path target, boolean force, String option) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw InputException.of(SourceLocation.file(target.toString()), option, "is a symbolic link"
                    + " (to " + Files.readSymbolicLink(target) + "); output is never written through a link, so"
                    + " that a published plan cannot be overwritten; give a real folder");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw InputException.of(SourceLocation.file(target.toString()), option,
                    "is a file, not a folder; give the name of a folder to write (it is created)");
        }
        if (!force && !isEmptyOrMissing(target)) {
            throw new SafeFiles.FileExistsException(target);
        }
    }

    /** Checks the target ({@link #checkTarget}) and creates the staging folder beside it. */
    public static AtomicFolder begin(Path target, boolean force, String option) throws IOException {
        checkTarget(target, force, option);
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
        Files.createDirectory(staging);
        try {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACLs apply
        }
        return new AtomicFolder(absolute, force, staging);
    }

    /** The folder to write into until {@link #commit}. */
    public Path staging() {
        return staging;
    }

    /** Where the folder will be. */
    public Path target() {
        return target;
    }

    /**
     * Moves the finished folder into place. {@code ours} are the names this output writes; with
     * {@code force}, any other entry of the old folder is copied into the new one first.
     */
    public void commit(Collection<String> ours) throws IOException {
        if (Files.isSymbolicLink(target)) {
            // a link put there while this run was working: never write through it
            checkTarget(target, force, "--out");
        }
        if (force && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            carryOver(Set.copyOf(ours));
            Path aside = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
            rename(target, aside);
            try {
                rename(staging, target);
            } catch (IOException e) {
                rename(aside, target);
                throw e;
            }
            committed = true;
            deleteTree(aside);
            return;
        }
        try {
            rename(staging, target);
        } catch (IOException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                // another run put its folder there after our check (rename(2): ENOTEMPTY, EEXIST):
                // theirs stays, ours is not claimed
                throw new SafeFiles.FileExistsException(target);
            }
            throw e;
        }
        committed = true;
    }

    private void carryOver(Set<String> ours) throws IOException {
        try (Stream<Path> old = Files.list(target)) {
            for (Path entry : old.toList()) {
                String name = entry.getFileName().toString();
                if (!ours.contains(name) && !Files.exists(staging.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    copyTree(entry, staging.resolve(name));
                }
            }
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes the staging folder when the output was not committed: nothing half-written remains. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static boolean isEmptyOrMissing(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isSymbolicLink(from)) {
            Files.copy(from, to, LinkOption.NOFOLLOW_LINKS);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, never following a link out of it. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
