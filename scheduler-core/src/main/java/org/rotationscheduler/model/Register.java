package org.rotationscheduler.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cadre register (§10): everybody nominated, in file order. */
public final class Register {
    private final String source;
    private final List<Cadre> cadres;
    private final Map<String, Cadre> byId = new LinkedHashMap<>();

    public Register(String source, List<Cadre> cadres) {
        this.source = source;
        this.cadres = List.copyOf(cadres);
        for (Cadre c : cadres) {
            byId.put(c.id(), c);
        }
    }

    public String source() {
        return source;
    }

    public List<Cadre> cadres() {
        return cadres;
    }

    public Optional<Cadre> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return cadres.size();
    }
}
