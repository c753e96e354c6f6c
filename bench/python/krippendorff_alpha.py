#!/usr/bin/env python3
"""Krippendorff's alpha in numpy, as a researcher would write it, for comparison with PhaseZero.

The same coincidence-matrix formula as Krippendorff (2011) "Computing Krippendorff's
Alpha-Reliability": per-unit value counts n_uc, coincidences o_ck = sum_u n_uc (n_uk - [c = k]) /
(m_u - 1) over pairable units, marginals n_c, then alpha = 1 - (n - 1) sum o*delta / sum n_c n_k
delta. Vectorised (no Python loop over units), like the fast-krippendorff package.

  krippendorff_alpha.py generate DIR UNITS [SEED]   write DIR/alpha-UNITSx5.bin
  krippendorff_alpha.py time DIR UNITS [REPEATS]     time nominal and interval alpha

The data file is raw int8, unit-major (UNITS x 5 coders), values 1..7, -1 = missing.
"""
import sys
import time

import numpy as np

CODERS = 5
SCALE = np.arange(1, 8)


def generate(directory, units, seed=20260101):
    """Each unit has a true value 1..7; a coder reports it with probability 0.7, otherwise a
    uniform value; then each cell is missing with probability 0.1."""
    rng = np.random.default_rng(seed)
    truth = rng.integers(1, 8, size=(units, 1))
    noise = rng.integers(1, 8, size=(units, CODERS))
    data = np.where(rng.random((units, CODERS)) < 0.7, truth, noise).astype(np.int8)
    data[rng.random((units, CODERS)) < 0.1] = -1
    data.tofile(f"{directory}/alpha-{units}x{CODERS}.bin")


def load(directory, units):
    return np.fromfile(f"{directory}/alpha-{units}x{CODERS}.bin", dtype=np.int8).reshape(units, CODERS)


def alpha(data, level):
    # value counts per unit: units x categories
    counts = (data[:, :, None] == SCALE[None, None, :]).sum(axis=1)
    m = counts.sum(axis=1)
    pairable = m >= 2
    counts = counts[pairable].astype(np.float64)
    weights = 1.0 / (m[pairable] - 1)
    # o = sum_u (n_u n_u^T - diag(n_u)) / (m_u - 1)
    o = np.einsum("uc,uk,u->ck", counts, counts, weights) - np.diag(counts.T @ weights)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    v = SCALE.astype(np.float64)
    if level == "nominal":
        delta = 1.0 - np.eye(len(v))
    elif level == "interval":
        delta = (v[:, None] - v[None, :]) ** 2
    else:
        raise ValueError(level)
    observed = (o * delta).sum()
    expected = (np.outer(n_c, n_c) * delta).sum()
    return 1.0 - (n - 1) * observed / expected


def time_alpha(directory, units, repeats=5):
    data = load(directory, units)
    for level in ("nominal", "interval"):
        value = alpha(data, level)  # warm-up
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            value = alpha(data, level)
            times.append((time.perf_counter() - start) * 1000)
        print(f"{level} {value:.17g} {np.median(times):.1f}")


if __name__ == "__main__":
    command, directory, units = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if command == "generate":
        generate(directory, units, int(sys.argv[4]) if len(sys.argv) > 4 else 20260101)
    elif command == "time":
        time_alpha(directory, units, int(sys.argv[4]) if len(sys.argv) > 4 else 5)
    else:
        sys.exit(__doc__)
