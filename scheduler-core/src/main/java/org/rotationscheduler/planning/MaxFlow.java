package org.rotationscheduler.planning;

import java.util.Arrays;

/** Dinic's maximum flow on int arrays: small, allocation-free in its inner loops. */
final class MaxFlow {
    private final int nodes;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private int[] cap = new int[16];
    private int edges;
    private int[] level;
    private int[] it;

    MaxFlow(int nodes) {
        this.nodes = nodes;
        this.head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an edge and returns its id, whose flow {@link #flow(int)} reports after solving. */
    int edge(int from, int target, int capacity) {
        ensure(edges + 2);
        int id = edges;
        add(from, target, capacity);
        add(target, from, 0);
        return id;
    }

    private void add(int from, int target, int capacity) {
        to[edges] = target;
        cap[edges] = capacity;
        next[edges] = head[from];
        head[from] = edges++;
    }

    private void ensure(int size) {
        if (size > to.length) {
            int n = Math.max(size, to.length * 2);
            next = Arrays.copyOf(next, n);
            to = Arrays.copyOf(to, n);
            cap = Arrays.copyOf(cap, n);
        }
    }

    /** Flow through an edge: the capacity its reverse edge gained. */
    int flow(int edge) {
        return cap[edge ^ 1];
    }

    long solve(int source, int sink) {
        long total = 0;
        level = new int[nodes];
        it = new int[nodes];
        int[] queue = new int[nodes];
        while (true) {
            Arrays.fill(level, -1);
            level[source] = 0;
            int qh = 0;
            int qt = 0;
            queue[qt++] = source;
            while (qh < qt) {
                int v = queue[qh++];
                for (int e = head[v]; e >= 0; e = next[e]) {
                    if (cap[e] > 0 && level[to[e]] < 0) {
                        level[to[e]] = level[v] + 1;
                        queue[qt++] = to[e];
                    }
                }
            }
            if (level[sink] < 0) {
                return total;
            }
            System.arraycopy(head, 0, it, 0, nodes);
            int f;
            while ((f = push(source, sink, Integer.MAX_VALUE)) > 0) {
                total += f;
            }
        }
    }

    /** Iterative-enough DFS: the graphs here are three layers deep, so recursion stays shallow. */
    private int push(int v, int sink, int limit) {
        if (v == sink) {
            return limit;
        }
        for (; it[v] >= 0; it[v] = next[it[v]]) {
            int e = it[v];
            int w = to[e];
            if (cap[e] > 0 && level[w] == level[v] + 1) {
                int d = push(w, sink, Math.min(limit, cap[e]));
                if (d > 0) {
                    cap[e] -= d;
                    cap[e ^ 1] += d;
                    return d;
                }
            }
        }
        return 0;
    }
}
