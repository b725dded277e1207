package org.rotationscheduler.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one sanitiser for everything the tool prints: control characters that a name, a unit or a
 * file could smuggle to the terminal (escape sequences, BEL, NUL, backspace, C1 controls,
 * right-to-left overrides) are printed as visible escapes such as {@code \x1b}, so the text can
 * neither move the cursor, clear the screen nor hide what follows. Newline, tab and carriage return
 * (the progress line) pass.
 */
final class TerminalText extends FilterWriter {
    private TerminalText(Writer out) {
        super(out);
    }

    /** A print writer whose every character goes through the sanitiser. */
    static PrintWriter wrap(Writer out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    /** The text as it would be printed. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> append(sb, cp));
        return sb.toString();
    }

    private static boolean unsafe(int cp) {
        if (cp == '\n' || cp == '\t' || cp == '\r') {
            return false;
        }
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
                || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) // bidirectional overrides
                || cp == 0x200e || cp == 0x200f || cp == 0x061c;
    }

    private static void append(StringBuilder sb, int cp) {
        if (!unsafe(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            sb.append(String.format("\\x%02x", cp));
        } else {
            sb.append(String.format("\\u%04x", cp));
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe(c)) {
            out.write(clean(String.valueOf((char) c)));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        String part = str.substring(off, off + len);
        boolean any = false;
        for (int i = 0; i < part.length() && !any; i++) {
            any = unsafe(part.charAt(i));
        }
        out.write(any ? clean(part) : part);
    }
}
