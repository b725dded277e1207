package org.rotationscheduler.domain.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * O4: the cost estimate's rates and who pays what, all campaign data. A rate of 0 (or left out)
 * means the cost is not estimated, which outputs say instead of printing 0.
 *
 * @param payers who pays each kind of cost; kinds not listed keep the default (each person's
 *     costs by their own unit, car hire by the unit of the group's leader)
 * @param office the organising office's name, for costs it pays (payer {@code office}); may be null
 *     when no cost is paid by it
 */
public record CostRates(
        String currency,
        long lodgingPerNight,
        long mealPerDay,
        Map<String, Long> travelPerTrip,
        long carHirePerDay,
        Map<String, Integer> vehiclesPerGroup,
        Map<CostKind, Payer> payers,
        String office) {

    /** The kinds of cost the estimate adds up. */
    public enum CostKind {
        LODGING("lodging", "住宿费"),
        MEALS("meals", "伙食补助费"),
        TRAVEL("travel", "往返差旅费"),
        CAR_HIRE("carHire", "租车费");

        private final String key;
        private final String label;

        CostKind(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    /** Who pays a kind of cost. */
    public enum Payer {
        /** the person's own unit */
        PERSON("person", "本人所在单位"),
        /** the unit of the group's leader */
        LEADER("leader", "组长所在单位"),
        /** the organising office ({@code costs.office}) */
        OFFICE("office", "组织单位");

        private final String key;
        private final String label;

        Payer(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    public CostRates {
        travelPerTrip = Map.copyOf(travelPerTrip);
        vehiclesPerGroup = Map.copyOf(vehiclesPerGroup);
        Map<CostKind, Payer> all = new EnumMap<>(CostKind.class);
        for (CostKind k : CostKind.values()) {
            all.put(k, k == CostKind.CAR_HIRE ? Payer.LEADER : Payer.PERSON);
        }
        all.putAll(payers);
        payers = Map.copyOf(all);
    }

    /** Rates with the default payers: each person's unit, car hire by the leader's unit. */
    public CostRates(String currency, long lodgingPerNight, long mealPerDay, Map<String, Long> travelPerTrip,
            long carHirePerDay, Map<String, Integer> vehiclesPerGroup) {
        this(currency, lodgingPerNight, mealPerDay, travelPerTrip, carHirePerDay, vehiclesPerGroup, Map.of(), null);
    }

    public long travelFor(UnitType type) {
        return travelPerTrip.getOrDefault(type.key(), 0L);
    }

    public Payer payer(CostKind kind) {
        return payers.get(kind);
    }

    /** Whether the campaign gives a rate for this kind of cost (0 or absent: not estimated). */
    public boolean estimated(CostKind kind) {
        return switch (kind) {
            case LODGING -> lodgingPerNight > 0;
            case MEALS -> mealPerDay > 0;
            case TRAVEL -> travelPerTrip.values().stream().anyMatch(v -> v > 0);
            case CAR_HIRE -> carHirePerDay > 0;
        };
    }
}
