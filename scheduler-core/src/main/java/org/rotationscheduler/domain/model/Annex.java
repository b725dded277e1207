package org.rotationscheduler.domain.model;

import java.util.List;

/** O1: one annex table of the plan: its label, title, header row and the region it lists. */
public record Annex(int number, String label, String region, String title, List<String> headers) {
    public Annex {
        headers = List.copyOf(headers);
    }
}
