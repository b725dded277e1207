package org.rotationscheduler.io.out.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rotationscheduler.io.out.SafeFiles;

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

    /** A file name's stem is at most this many UTF-8 bytes (most file systems allow 255 per name). */
    static final int MAX_STEM_BYTES = 180;
    private static final java.util.regex.Pattern RESERVED =
            java.util.regex.Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    /**
     * A file name for a unit or annex label, safe on every file system: characters no file system
     * accepts become _, no leading dot, no trailing dot or space, no reserved device name (CON,
     * NUL, ...), and at most {@value #MAX_STEM_BYTES} bytes: a longer name is cut and ends in a
     * short hash of the whole name, so that two long names stay apart.
     */
    static String fileName(String base) {
        return fileName(base, ".xlsx");
    }

    /** As {@link #fileName(String)}, with the given extension (".docx"). */
    static String fileName(String base, String extension) {
        String safe = base.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}]", "_").replaceAll("[. ]+$", "");
        if (safe.isEmpty() || safe.startsWith(".") || RESERVED.matcher(safe).matches()) {
            safe = "_" + safe;
        }
        if (safe.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_STEM_BYTES) {
            String hash = String.format("%08x", base.hashCode());
            StringBuilder cut = new StringBuilder();
            int bytes = 0;
            for (int i = 0; i < safe.length(); ) {
                int cp = safe.codePointAt(i);
                int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (bytes + len > MAX_STEM_BYTES - hash.length() - 1) {
                    break;
                }
                cut.appendCodePoint(cp);
                bytes += len;
                i += Character.charCount(cp);
            }
            safe = cut + "_" + hash;
        }
        return safe + extension;
    }

    /** The file listing which workbook of a per-unit export belongs to which unit. */
    static final String INDEX_FILE = "文件清单.csv";

    /** Writes {@value #INDEX_FILE}: 单位 (the unit's full name), 文件 (its workbook's file name). */
    static void writeIndex(Path dir, java.util.Map<org.rotationscheduler.domain.model.Unit, Path> files) throws IOException {
        StringBuilder sb = new StringBuilder(org.rotationscheduler.io.in.Csv.line(java.util.List.of("单位", "文件")));
        files.forEach((unit, file) -> sb.append(org.rotationscheduler.io.in.Csv.line(
                java.util.List.of(unit.name(), file.getFileName().toString()))));
        SafeFiles.writeString(dir.resolve(INDEX_FILE), true, sb.toString());
    }

    /** One file per unit in {@code dir}, named after the unit (a second unit of the same file name gets _2). */
    static java.util.Map<org.rotationscheduler.domain.model.Unit, Path> unitFiles(Path dir,
            java.util.List<org.rotationscheduler.domain.model.Unit> units) {
        return unitFiles(dir, units, ".xlsx");
    }

    /** As {@link #unitFiles(Path, java.util.List)}, with the given extension (".docx"). */
    static java.util.Map<org.rotationscheduler.domain.model.Unit, Path> unitFiles(Path dir,
            java.util.List<org.rotationscheduler.domain.model.Unit> units, String extension) {
        java.util.Map<org.rotationscheduler.domain.model.Unit, Path> files = new java.util.LinkedHashMap<>();
        java.util.Set<Path> taken = new java.util.HashSet<>();
        for (var unit : units) {
            // names that differ only in case are one file on Windows and macOS
            Path file = dir.resolve(fileName(unit.name(), extension));
            for (int n = 2; !taken.add(Path.of(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT))); n++) {
                file = dir.resolve(fileName(unit.name() + "_" + n, extension));
            }
            files.put(unit, file);
        }
        return files;
    }
}
