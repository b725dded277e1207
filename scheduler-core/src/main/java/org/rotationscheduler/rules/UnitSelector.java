package org.rotationscheduler.rules;

import java.util.List;
import java.util.Optional;
import org.rotationscheduler.domain.model.City;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitType;

/** Where a cadre may come from, as written in the eligibility data (see data/eligibility.yaml). */
public sealed interface UnitSelector {

    boolean matches(Unit unit, City city);

    String text();

    List<String> KEYWORDS = List.of("ministry", "dispatched", "affiliated", "provincial", "local", "partner",
            "partner-lead", "partner-affiliated", "partner-provincial", "partner-province-local", "unit:<name>");

    static Optional<UnitSelector> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.startsWith("unit:")) {
            return Optional.of(new Named(t.substring(5).trim()));
        }
        Optional<UnitType> type = UnitType.parse(t);
        if (type.isPresent()) {
            return Optional.of(new OfType(type.get()));
        }
        return switch (t) {
            case "partner", "partner-lead", "partner-affiliated", "partner-provincial", "partner-province-local" ->
                    Optional.of(new Partner(t));
            default -> Optional.empty();
        };
    }

    record OfType(UnitType type) implements UnitSelector {
        public boolean matches(Unit unit, City city) {
            return unit.type() == type;
        }

        public String text() {
            return type.key();
        }
    }

    record Partner(String text) implements UnitSelector {
        public boolean matches(Unit unit, City city) {
            if (!city.hasPartners()) {
                return false; // P5: a city without partners has none to draw on
            }
            var p = city.partners();
            return switch (text) {
                case "partner" -> p.includes(unit);
                case "partner-lead" -> unit.equals(p.lead());
                case "partner-affiliated" -> p.affiliated().contains(unit);
                case "partner-provincial" -> unit.equals(p.provincial());
                case "partner-province-local" -> unit.type() == UnitType.LOCAL
                        && p.partnerProvince().equals(unit.province());
                default -> false;
            };
        }
    }

    /** One named unit; the name is resolved against the catalogue when the campaign loads. */
    record Named(String name) implements UnitSelector {
        public boolean matches(Unit unit, City city) {
            return unit.name().equals(name) || unit.aliases().contains(name);
        }

        public String text() {
            return "unit:" + name;
        }
    }
}
