package org.rotationscheduler.domain.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cadre register (§10): everybody nominated, in file order. */
public final class Register {
    private final String source;
    private final List<Cadre> cadres;
    private final Map<String, Cadre> byId = new LinkedHashMap<>();
    private final int dataRows;
    private final List<String> extraColumns;

    public Register(String source, List<Cadre> cadres) {
        this(source, cadres, cadres.size(), List.of());
    }

    /**
     * @param dataRows the non-blank rows under the header that were read (each is one cadre)
     * @param extraColumns header cells of columns the tool does not use, as written (kept in the file)
     */
    public Register(String source, List<Cadre> cadres, int dataRows, List<String> extraColumns) {
        this.source = source;
        this.cadres = List.copyOf(cadres);
        this.dataRows = dataRows;
        this.extraColumns = List.copyOf(extraColumns);
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

    public int dataRows() {
        return dataRows;
    }

    public List<String> extraColumns() {
        return extraColumns;
    }
}
