package org.rotationscheduler.io.in;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.SourceLocation;

/**
 * Strict UTF-8 decoding that says where the first bad byte is, so that a file saved in another
 * encoding (GBK from Excel, say) is reported with its line instead of read as garbage.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** A file's bytes; a file that cannot be read is bad input named by {@code display}. */
    public static byte[] readBytes(Path file, String display) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputException.of(SourceLocation.file(display), "", "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The outcome of a decoding.
     *
     * @param text the decoded text, or null when a byte is not UTF-8
     * @param validPrefix the text before the first bad byte (the whole text when there is none)
     */
    public record Decoded(String text, String validPrefix) {
        public boolean ok() {
            return text != null;
        }

        /** 1-based line of the first bad byte. */
        public int badLine() {
            return (int) validPrefix.chars().filter(c -> c == '\n').count() + 1;
        }

        /** 1-based column (in characters) of the first bad byte. */
        public int badColumn() {
            return validPrefix.length() - validPrefix.lastIndexOf('\n');
        }
    }

    /**
     * What a file that is not UTF-8 most likely is, for the message: cut short inside a character
     * (the bad bytes are its last ones), or text in the Chinese Windows encoding (GB18030/GBK).
     */
    public static String whyNot(byte[] bytes, Decoded decoded) {
        int at = decoded.validPrefix().getBytes(StandardCharsets.UTF_8).length;
        int lead = at < bytes.length ? bytes[at] & 0xFF : 0;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length > 1 && at + length > bytes.length) {
            return "the file ends in the middle of a character (it was cut short?); write or copy it again whole";
        }
        try {
            java.nio.charset.Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return "the file looks like GB18030/GBK text (the Chinese Windows encoding); save it as UTF-8"
                    + " (Excel: 'CSV UTF-8')";
        } catch (java.nio.charset.CharacterCodingException notGb) {
            return "save it as UTF-8 (Excel: 'CSV UTF-8')";
        }
    }

    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more chars than bytes
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, new String(bytes, 0, in.position(), StandardCharsets.UTF_8));
        }
        String text = out.flip().toString();
        return new Decoded(text, text);
    }
}
