#!/usr/bin/python3
"""numpy side of the value benchmark (bench/run-value.sh).

Simulates the same 20-outcome SROI model as bench/.../value/BenchModels.java with the same
distributions (triangular around each assumption: shares +/-0.10 clipped to [0,1], quantity and
proxy +/-20%; duration uniform in d-1..d+1, at least 1), Green Book discounting with year 1
discounted, and reports mean and 5/50/95th percentiles (numpy's default linear interpolation, the
same as PhaseZero's). Also times the group change summary (mean, SD, t-based 95% CI, counts) over
n changes. The random streams differ from Java's, so figures agree statistically, not exactly.

Usage: sroi_montecarlo.py SIMULATIONS PEOPLE REPEATS   (prints JSON with best-of-REPEATS ms)
"""
import json
import sys
import time

import numpy as np

try:
    from scipy.stats import t as student_t
except ImportError:  # scipy is optional; the CI needs only the quantile
    student_t = None


def model():
    outs = []
    for i in range(20):
        outs.append(dict(q=10 + i, p=500 + 100 * i, d=1 + i % 5, dw=0.10 + 0.01 * i,
                         disp=0.05, att=0.20, drop=0.30))
    return 500_000.0, outs


def green_book_factors(years):
    d = np.ones(years + 1)
    for t in range(1, years + 1):
        r = 0.035 if t <= 30 else 0.030 if t <= 75 else 0.025
        d[t] = d[t - 1] / (1 + r)
    return d


def triangular(rng, low, mode, high, n):
    if high <= low:
        return np.full(n, mode)
    return rng.triangular(low, mode, high, n)


def monte_carlo(n, seed=20240601):
    inputs, outs = model()
    rng = np.random.default_rng(seed)
    max_years = max(o["d"] for o in outs) + 1
    w = green_book_factors(max_years)
    pv = np.zeros(n)
    years = np.arange(1, max_years + 1)
    for o in outs:
        q = triangular(rng, o["q"] * 0.8, o["q"], o["q"] * 1.2, n)
        p = triangular(rng, o["p"] * 0.8, o["p"], o["p"] * 1.2, n)
        share = lambda x: triangular(rng, max(0.0, x - 0.1), x, min(1.0, x + 0.1), n)
        dw, disp, att, drop = share(o["dw"]), share(o["disp"]), share(o["att"]), share(o["drop"])
        dur = rng.integers(max(1, o["d"] - 1), o["d"] + 2, n)
        first = q * p * (1 - dw) * (1 - disp) * (1 - att)
        # value in year t = first * (1-drop)^(t-1), counted while t <= duration
        keep = (1 - drop)[:, None] ** (years - 1)[None, :]
        alive = years[None, :] <= dur[:, None]
        pv += (first[:, None] * keep * alive * w[1:][None, :]).sum(axis=1)
    ratio = pv / inputs
    pct = lambda a: dict(mean=float(a.mean()), p5=float(np.percentile(a, 5)),
                         p50=float(np.percentile(a, 50)), p95=float(np.percentile(a, 95)))
    return dict(ratio=pct(ratio), present_value=pct(pv))


def group_change(d, threshold=1.0):
    n = d.size
    mean = d.mean()
    sd = d.std(ddof=1)
    tq = student_t.ppf(0.975, n - 1) if student_t else 1.96
    half = tq * sd / np.sqrt(n)
    r = np.rint(d * 1e9) / 1e9
    return dict(n=n, mean=mean, ci=(mean - half, mean + half),
                improved=int(np.count_nonzero(r >= threshold)),
                worsened=int(np.count_nonzero(r <= -threshold)))


def best_ms(fn, repeats):
    best = float("inf")
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        best = min(best, (time.perf_counter() - start) * 1000)
    return best, result


def main():
    sims, people, repeats = (int(a) for a in sys.argv[1:4])
    mc_ms, mc = best_ms(lambda: monte_carlo(sims), repeats)
    table = np.array([7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88,
                      17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03,
                      26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00])
    rng = np.random.default_rng(7)
    d = table[rng.integers(0, 29, people)] - table[rng.integers(0, 29, people)]
    gc_ms, _ = best_ms(lambda: group_change(d), repeats)
    print(json.dumps(dict(simulations=sims, people=people, monte_carlo_ms=mc_ms,
                          group_change_ms=gc_ms, monte_carlo=mc, numpy=np.__version__)))


if __name__ == "__main__":
    main()
