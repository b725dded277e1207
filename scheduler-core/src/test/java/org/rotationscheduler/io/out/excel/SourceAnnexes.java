package org.rotationscheduler.io.out.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annex tables as the 2019 plan prints them, parsed from its text at test time, so the
 * workbooks are checked against the source and not against the YAML they are made from.
 */
final class SourceAnnexes {
    static final String FILE = "enhanced-supervision-plan-2019.txt";
    private static final Pattern ANNEX = Pattern.compile("^附件\\s*(\\d+)\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\d+\\t.*");

    /** One annex: its number, the title line, the header cells and the rows of cells. */
    record Annex(int number, String title, List<String> headers, List<List<String>> rows) {
    }

    private SourceAnnexes() {
    }

    static List<Annex> parse(String text) {
        List<Annex> annexes = new ArrayList<>();
        int number = 0;
        String title = null;
        List<String> headers = null;
        List<List<String>> rows = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            Matcher m = ANNEX.matcher(line);
            if (m.matches()) {
                if (number > 0) {
                    annexes.add(new Annex(number, title, headers, rows));
                }
                number = Integer.parseInt(m.group(1));
                title = null;
                headers = null;
                rows = new ArrayList<>();
            } else if (number == 0 || line.isEmpty()) {
                continue;
            } else if (title == null) {
                title = line;
            } else if (line.startsWith("序号")) {
                // the table's header is printed again on every page of the source; keep the first
                if (headers == null) {
                    headers = List.of(raw.strip().split("\t"));
                }
            } else if (ROW.matcher(raw.strip()).matches()) {
                rows.add(List.of(raw.strip().split("\t")));
            }
        }
        if (number > 0) {
            annexes.add(new Annex(number, title, headers, rows));
        }
        return annexes;
    }

    /** The source text: the shared copy above the working directory, else the test resource. */
    static String load() throws IOException {
        Optional<Path> shared = sharedCopy();
        if (shared.isPresent()) {
            return Files.readString(shared.get(), StandardCharsets.UTF_8);
        }
        return resourceCopy().orElseThrow(() -> new IOException(FILE + " is neither in shared/source above "
                + Path.of("").toAbsolutePath() + " nor a test resource"));
    }

    /** shared/source/FILE in the working directory or one of its parents. */
    static Optional<Path> sharedCopy() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("source").resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Optional<String> resourceCopy() throws IOException {
        try (InputStream in = SourceAnnexes.class.getResourceAsStream("/" + FILE)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * The source text was extracted from a PDF: it lost the quotation marks of the title
     * ("2+26") and gained spaces around Latin text and numbers. Compare titles without either.
     */
    static String normalizeTitle(String title) {
        return title.replaceAll("[\\s\"“”]", "");
    }
}
