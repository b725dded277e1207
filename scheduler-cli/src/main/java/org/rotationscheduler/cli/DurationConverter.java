package org.rotationscheduler.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** Reads durations as the office writes them: 30s, 2m, 1h30m, 90 (seconds) or ISO PT30S. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        Duration d = parse(value);
        if (d.isNegative() || d.isZero()) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be a duration longer than zero,"
                    + " e.g. 30s or 2m");
        }
        if (d.compareTo(MAX) > 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is longer than " + MAX.toDays()
                    + " days; write e.g. 30s, 2m or 1h30m");
        }
        return d;
    }

    /** Longer than any run of this tool; keeps the solver's millisecond arithmetic safe. */
    static final Duration MAX = Duration.ofDays(30);

    private static Duration parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt") || v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.chars().allMatch(Character::isDigit)) {
                return Duration.ofSeconds(Long.parseLong(v));
            }
            Duration total = Duration.ZERO;
            StringBuilder number = new StringBuilder();
            for (char ch : v.toCharArray()) {
                if (Character.isDigit(ch)) {
                    number.append(ch);
                    continue;
                }
                if (number.length() == 0) {
                    throw new IllegalArgumentException();
                }
                long n = Long.parseLong(number.toString());
                number.setLength(0);
                total = switch (ch) {
                    case 'h' -> total.plusHours(n);
                    case 'm' -> total.plusMinutes(n);
                    case 's' -> total.plusSeconds(n);
                    default -> throw new IllegalArgumentException();
                };
            }
            if (number.length() > 0) {
                throw new IllegalArgumentException();
            }
            return total;
        } catch (RuntimeException e) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a duration; write e.g. 30s, 2m, 1h30m or a number of seconds");
        }
    }
}
