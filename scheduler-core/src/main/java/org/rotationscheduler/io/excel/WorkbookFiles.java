package org.rotationscheduler.io.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rotationscheduler.io.SafeFiles;

/** Writing workbooks to disk the safe way, shared by every workbook writer. */
final class WorkbookFiles {
    private WorkbookFiles() {
    }

    /**
     * Refuses before anything is written when one of several outputs exists already, so an
     * export of many files never stops halfway because of the n-th file.
     */
    static void refuseExisting(Collection<Path> targets, boolean force) throws SafeFiles.FileExistsException {
        if (force) {
            return;
        }
        for (Path target : targets) {
            if (Files.exists(target)) {
                throw new SafeFiles.FileExistsException(target);
            }
        }
    }

    /**
     * Builds the workbook while the temporary file is open and moves the file into place only
     * when the whole workbook was written: a failure anywhere, building included, leaves no file
     * and keeps an existing one as it was.
     */
    static <W extends Workbook> void write(Path target, boolean force, Supplier<W> create, Consumer<W> fill)
            throws IOException {
        SafeFiles.write(target, force, out -> {
            W workbook = create.get();
            try {
                fill.accept(workbook);
                workbook.write(out);
            } finally {
                close(workbook);
            }
        });
    }

    private static void close(Workbook workbook) throws IOException {
        if (workbook instanceof SXSSFWorkbook streaming) {
            // the streaming workbook keeps its rows in temporary files until disposed
            streaming.dispose();
        }
        workbook.close();
    }

    /** A file name for a unit or annex label: characters no file system accepts become _. */
    static String fileName(String base) {
        return fileName(base, ".xlsx");
    }

    /** As {@link #fileName(String)}, with the given extension (".docx"). */
    static String fileName(String base, String extension) {
        String safe = base.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "_" + safe;
        }
        return safe + extension;
    }

    /** One file per unit in {@code dir}, named after the unit (a second unit of the same file name gets _2). */
    static java.util.Map<org.rotationscheduler.model.Unit, Path> unitFiles(Path dir,
            java.util.List<org.rotationscheduler.model.Unit> units) {
        return unitFiles(dir, units, ".xlsx");
    }

    /** As {@link #unitFiles(Path, java.util.List)}, with the given extension (".docx"). */
    static java.util.Map<org.rotationscheduler.model.Unit, Path> unitFiles(Path dir,
            java.util.List<org.rotationscheduler.model.Unit> units, String extension) {
        java.util.Map<org.rotationscheduler.model.Unit, Path> files = new java.util.LinkedHashMap<>();
        java.util.Set<Path> taken = new java.util.HashSet<>();
        for (var unit : units) {
            Path file = dir.resolve(fileName(unit.name(), extension));
            for (int n = 2; !taken.add(file); n++) {
                file = dir.resolve(fileName(unit.name() + "_" + n, extension));
            }
            files.put(unit, file);
        }
        return files;
    }
}
