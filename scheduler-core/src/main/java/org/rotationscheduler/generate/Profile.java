package org.rotationscheduler.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The shape of a generated register around its planted roster.
 *
 * <ul>
 *   <li>NORMAL: about a fifth of the cadres have no planted seat (slack), and a few more
 *       bureau-level partner cadres than autumn central-leader seats (they sit as deputies in the
 *       planted roster), so a solver has room to move.</li>
 *   <li>TIGHT: exactly one bureau-level partner cadre per autumn central-leader seat (E3/E4) and
 *       about 3% slack: nearly every cadre must serve for every seat to be filled.</li>
 *   <li>SHORT: as NORMAL but without spare bureau-level cadres, then about 15% of one scarce
 *       pool is removed (the bureau-level partner cadres in an autumn season, or the
 *       E2-qualified cadres of some partner provinces in a regular season), so that a counting
 *       argument proves some seats cannot be filled.</li>
 * </ul>
 */
public enum Profile {
    NORMAL(0.80, 0.10, 0.0),
    TIGHT(0.97, 0.0, 0.0),
    SHORT(0.80, 0.0, 0.15);

    private final double plantedShare;
    private final double extraBoundShare;
    private final double removedShare;

    Profile(double plantedShare, double extraBoundShare, double removedShare) {
        this.plantedShare = plantedShare;
        this.extraBoundShare = extraBoundShare;
        this.removedShare = removedShare;
    }

    /** Share of the requested cadres the planted roster aims to use; the rest is slack. */
    public double plantedShare() {
        return plantedShare;
    }

    /** Extra E4-bound cadres per city, as a share of its central-leader seats in a season. */
    public double extraBoundShare() {
        return extraBoundShare;
    }

    /** SHORT: the share of the scarce pool removed after planting. */
    public double removedShare() {
        return removedShare;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Profile> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(p -> p.key().equals(text.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
