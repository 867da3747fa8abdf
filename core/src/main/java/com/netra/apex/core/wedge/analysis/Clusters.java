package com.netra.apex.core.wedge.analysis;

/** Union-find over row numbers, with path halving and union by size: near-linear for a million rows. */
final class Clusters {

    private final int[] parent;
    private final int[] size;

    Clusters(int rows) {
        parent = new int[rows];
        size = new int[rows];
        for (int i = 0; i < rows; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int root(int row) {
        int r = row;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    boolean together(int a, int b) {
        return root(a) == root(b);
    }

    void join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }
}
