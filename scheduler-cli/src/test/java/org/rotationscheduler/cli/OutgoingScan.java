package org.rotationscheduler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * O7, S1: reads every text of an outgoing file — each sheet's XML, the shared strings and sheet
 * names of a workbook; the body, headers and footers of a Word document; the visible text of an
 * HTML page — and finds English sentences (three or more Latin words in a row; ids, codes and file
 * names hold digits, dots or single letters and are not words) and words naming a private state.
 */
final class OutgoingScan {
    /** Three or more words of two or more Latin letters, separated by spaces or light punctuation. */
    static final Pattern ENGLISH = Pattern.compile("(?<![A-Za-z0-9._-])[A-Za-z]{2,}(?:[ ,;:'()\"/]+[A-Za-z]{2,}){2,}(?![A-Za-z0-9._-])");
    /** S1: words that would name a private state. */
    static final Pattern PRIVATE = Pattern.compile("孕|哺乳|健康|pregnan|nursing|health|maternity",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_TEXT = Pattern.compile(">([^<]+)<");
    /** Text-bearing parts of a workbook or Word document. */
    private static final Pattern SCANNED_PART = Pattern.compile(
            "xl/sharedStrings\\.xml|xl/workbook\\.xml|xl/worksheets/[^/]+\\.xml|word/(document|header\\d*|footer\\d*)\\.xml");

    private OutgoingScan() {
    }

    /** What is wrong with one file, each as "file: part: text". */
    static List<String> problems(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            scan(file + "", visibleText(Files.readString(file, StandardCharsets.UTF_8)), out);
        } else if (name.endsWith(".xlsx") || name.endsWith(".docx")) {
            int parts = 0;
            // the central directory, not the local headers (workbooks are written with data descriptors)
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (SCANNED_PART.matcher(e.getName()).matches()) {
                        parts++;
                        try (InputStream in = zip.getInputStream(e)) {
                            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                            scan(file + ": " + e.getName(), xmlTexts(xml), out);
                        }
                    }
                }
            }
            if (parts == 0) {
                out.add(file + ": no text part found (not a workbook or Word document?)");
            }
        }
        return out;
    }

    private static void scan(String where, List<String> texts, List<String> out) {
        for (String text : texts) {
            Matcher english = ENGLISH.matcher(text);
            if (english.find()) {
                out.add(where + ": English '" + english.group() + "' in: " + text);
            }
            Matcher secret = PRIVATE.matcher(text);
            if (secret.find()) {
                out.add(where + ": private state word '" + secret.group() + "' (S1) in: " + text);
            }
        }
    }

    /** The text nodes of an XML part, entities decoded. */
    static List<String> xmlTexts(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = XML_TEXT.matcher(xml);
        while (m.find()) {
            String t = unescape(m.group(1)).strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** What a reader sees: no script, no style, no tags; title attributes count as text. */
    static List<String> visibleText(String html) {
        String body = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ");
        List<String> out = new ArrayList<>();
        Matcher titles = Pattern.compile("(?:title|placeholder)=\"([^\"]*)\"").matcher(body);
        while (titles.find()) {
            out.add(unescape(titles.group(1)));
        }
        out.addAll(xmlTexts(body));
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
