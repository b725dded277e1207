package org.rotationscheduler.planning;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.rotationscheduler.domain.model.Cadre;

/**
 * A set of the register's cadres as bits over one numbering shared by the whole problem, so that
 * a constraint's filter asks it in constant time. Membership is by identity: a cadre object the
 * numbering does not know (e.g. built by hand in a test) is never a member and never excluded, so
 * a filter that uses the set only as a shortcut falls back to its full check.
 */
public final class CadreSet {
    private final Numbering numbering;
    private final BitSet bits;

    private CadreSet(Numbering numbering, BitSet bits) {
        this.numbering = numbering;
        this.bits = bits;
    }

    /** A numbering of the given cadres (by identity), to share among the sets of one problem. */
    public static Numbering numbering(List<Cadre> cadres) {
        return new Numbering(cadres);
    }

    /** The cadres of {@code from} that the numbering knows and {@code keep} accepts. */
    public static CadreSet of(Numbering numbering, List<Cadre> from, Predicate<Cadre> keep) {
        BitSet bits = new BitSet(numbering.size());
        for (Cadre c : from) {
            int i = numbering.indexOf(c);
            if (i >= 0 && keep.test(c)) {
                bits.set(i);
            }
        }
        return new CadreSet(numbering, bits);
    }

    /** The members of this set that are in {@code from} and that {@code keep} accepts, over the same numbering. */
    public CadreSet restrictedTo(List<Cadre> from, Predicate<Cadre> keep) {
        BitSet out = new BitSet(numbering.size());
        for (Cadre c : from) {
            int i = numbering.indexOf(c);
            if (i >= 0 && bits.get(i) && keep.test(c)) {
                out.set(i);
            }
        }
        return new CadreSet(numbering, out);
    }

    /** True only for a cadre the numbering knows and the set does not hold (so an unknown cadre is never excluded). */
    public boolean excludes(Cadre c) {
        int i = numbering.indexOf(c);
        return i >= 0 && !bits.get(i);
    }

    public boolean contains(Cadre c) {
        int i = numbering.indexOf(c);
        return i >= 0 && bits.get(i);
    }

    public int size() {
        return bits.cardinality();
    }

    /**
     * Numbers the cadres of one problem by identity. A cadre is found first by its register row (an
     * array look-up, confirmed by identity), else in an identity map: rows are only a shortcut and
     * need not be unique.
     */
    public static final class Numbering {
        private final Map<Cadre, Integer> byIdentity;
        private final Cadre[] byRow;
        private final int[] indexByRow;

        private Numbering(List<Cadre> cadres) {
            byIdentity = new IdentityHashMap<>(cadres.size() * 2);
            int maxRow = 0;
            for (Cadre c : cadres) {
                byIdentity.putIfAbsent(c, byIdentity.size());
                maxRow = Math.max(maxRow, c.row());
            }
            int rows = maxRow <= 4 * cadres.size() + 16 ? maxRow + 1 : 0;
            byRow = new Cadre[rows];
            indexByRow = new int[rows];
            for (Map.Entry<Cadre, Integer> e : byIdentity.entrySet()) {
                int r = e.getKey().row();
                if (r >= 0 && r < rows && byRow[r] == null) {
                    byRow[r] = e.getKey();
                    indexByRow[r] = e.getValue();
                }
            }
        }

        /** The cadre's number, or -1 when this numbering does not know that object. */
        int indexOf(Cadre c) {
            if (c == null) {
                return -1;
            }
            int r = c.row();
            if (r >= 0 && r < byRow.length && byRow[r] == c) {
                return indexByRow[r];
            }
            Integer i = byIdentity.get(c);
            return i == null ? -1 : i;
        }

        int size() {
            return byIdentity.size();
        }
    }
}
