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
 * numbering does not know (e.g. built by hand in a test) is never a member, so a filter that uses
 * the set only as a shortcut falls back to its full check.
 */
public final class CadreSet {
    private final Map<Cadre, Integer> numbering;
    private final BitSet bits;

    private CadreSet(Map<Cadre, Integer> numbering, BitSet bits) {
        this.numbering = numbering;
        this.bits = bits;
    }

    /** A numbering of the given cadres (by identity), to share among the sets of one problem. */
    public static Map<Cadre, Integer> numbering(List<Cadre> cadres) {
        Map<Cadre, Integer> out = new IdentityHashMap<>(cadres.size() * 2);
        for (Cadre c : cadres) {
            out.putIfAbsent(c, out.size());
        }
        return out;
    }

    /** The cadres of {@code from} that the numbering knows and {@code keep} accepts. */
    public static CadreSet of(Map<Cadre, Integer> numbering, List<Cadre> from, Predicate<Cadre> keep) {
        BitSet bits = new BitSet(numbering.size());
        for (Cadre c : from) {
            Integer i = numbering.get(c);
            if (i != null && keep.test(c)) {
                bits.set(i);
            }
        }
        return new CadreSet(numbering, bits);
    }

    /** The members of this set that are in {@code from} and that {@code keep} accepts, over the same numbering. */
    public CadreSet restrictedTo(List<Cadre> from, Predicate<Cadre> keep) {
        BitSet out = new BitSet(numbering.size());
        for (Cadre c : from) {
            Integer i = numbering.get(c);
            if (i != null && bits.get(i) && keep.test(c)) {
                out.set(i);
            }
        }
        return new CadreSet(numbering, out);
    }

    /** True only for a cadre the numbering knows and the set does not hold (so an unknown cadre is never excluded). */
    public boolean excludes(Cadre c) {
        Integer i = c == null ? null : numbering.get(c);
        return i != null && !bits.get(i);
    }

    public boolean contains(Cadre c) {
        Integer i = c == null ? null : numbering.get(c);
        return i != null && bits.get(i);
    }

    public int size() {
        return bits.cardinality();
    }
}
