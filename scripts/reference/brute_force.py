#!/usr/bin/env python3
"""Independent expected values for the sortition engine's brute-force tests.

Draws small pools (seeded), lists every valid panel person by person, and computes with
SciPy's HiGHS linear programs, independently of the engine (no groups, no column generation,
no tangent lines):
  * the number of valid panels and each person's share of them (the uniform lottery);
  * the largest possible smallest chance (maximin);
  * the Goldilocks optimum, min over lotteries of (n/k)*max p + gamma*(k/n)/min p, by
    golden-section search over the smallest chance l, where g(l) = least max chance with
    every chance >= l is a linear program and (n/k)*g(l) + gamma*(k/n)/l is convex.
It keeps the first pool on which Goldilocks gives up some of the maximin chance to lower the
largest chance, and writes it to the directory given:

  python3 scripts/reference/brute_force.py sortition-engine/src/test/resources/fixtures/reference/instances/brute_force_10_4
"""
import csv
import itertools
import math
import random
import sys

import numpy as np
from scipy.optimize import linprog

CATEGORIES = {"gender": ["woman", "man"], "age": ["young", "middle", "old"], "area": ["north", "south"]}


def valid_panels(people, k, quotas):
    panels = []
    for panel in itertools.combinations(range(len(people)), k):
        ok = True
        for (category, value), (low, high) in quotas.items():
            seats = sum(1 for i in panel if people[i][category] == value)
            if not low <= seats <= high:
                ok = False
                break
        if ok:
            panels.append(panel)
    return panels


def least_largest(matrix, smallest):
    """min u s.t. A lambda >= smallest, A lambda <= u, sum lambda = 1 (variables lambda..., u)."""
    n, m = matrix.shape
    cost = np.zeros(m + 1)
    cost[m] = 1
    upper = np.hstack([matrix, -np.ones((n, 1))])
    lower = np.hstack([-matrix, np.zeros((n, 1))])
    result = linprog(cost, A_ub=np.vstack([upper, lower]), b_ub=np.concatenate([np.zeros(n), -smallest * np.ones(n)]),
                     A_eq=np.concatenate([np.ones(m), [0]]).reshape(1, -1), b_eq=[1],
                     bounds=[(0, None)] * (m + 1), method="highs")
    return result.fun if result.status == 0 else math.inf


def maximin(matrix):
    n, m = matrix.shape
    cost = np.zeros(m + 1)
    cost[m] = -1
    rows = np.hstack([-matrix, np.ones((n, 1))])
    result = linprog(cost, A_ub=rows, b_ub=np.zeros(n), A_eq=np.concatenate([np.ones(m), [0]]).reshape(1, -1),
                     b_eq=[1], bounds=[(0, None)] * m + [(None, None)], method="highs")
    return -result.fun


def goldilocks(matrix, n, k, gamma):
    top = maximin(matrix)
    objective = lambda l: (n / k) * least_largest(matrix, l) + gamma * (k / n) / l
    low, high = top * 1e-6, top
    ratio = (math.sqrt(5) - 1) / 2
    a, b = high - ratio * (high - low), low + ratio * (high - low)
    fa, fb = objective(a), objective(b)
    while high - low > 1e-11:
        if fa < fb:
            high, b, fb = b, a, fa
            a = high - ratio * (high - low)
            fa = objective(a)
        else:
            low, a, fa = a, b, fb
            b = low + ratio * (high - low)
            fb = objective(b)
    smallest = (low + high) / 2
    if objective(top) <= objective(smallest):
        smallest = top
    return smallest, least_largest(matrix, smallest), objective(smallest), top


def main(directory):
    generator = random.Random(2026)
    for attempt in range(1000):
        n, k = 10, 4
        people = [{c: generator.choice(v) for c, v in CATEGORIES.items()} for _ in range(n)]
        quotas = {}
        for category, values in CATEGORIES.items():
            for value in values:
                have = sum(1 for p in people if p[category] == value)
                low = min(have, generator.choice([0, 1, 1, 2]))
                quotas[(category, value)] = (low, max(low, min(k, generator.choice([1, 2, 3, 4]))))
        panels = valid_panels(people, k, quotas)
        if len(panels) < 5:
            continue
        matrix = np.zeros((n, len(panels)))
        for j, panel in enumerate(panels):
            for i in panel:
                matrix[i, j] = 1
        if matrix.sum(axis=1).min() == 0:
            continue  # someone on no panel: keep the test instance simple
        smallest, largest, optimum, top = goldilocks(matrix, n, k, 1.0)
        if smallest < top - 1e-3:
            break
    else:
        sys.exit("no instance found")
    with open(f"{directory}/categories.csv", "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["feature", "value", "min", "max"])
        for (category, value), (low, high) in quotas.items():
            out.writerow([category, value, low, high])
    with open(f"{directory}/people.csv", "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["id"] + list(CATEGORIES))
        for i, person in enumerate(people):
            out.writerow([f"p{i + 1}"] + [person[c] for c in CATEGORIES])
    shares = matrix.sum(axis=1) / len(panels)
    rows = [("panel_size", k), ("valid_panels", len(panels)), ("maximin_smallest_chance", f"{top:.9f}"),
            ("goldilocks_gamma_1_smallest_chance", f"{smallest:.9f}"),
            ("goldilocks_gamma_1_largest_chance", f"{largest:.9f}"),
            ("goldilocks_gamma_1_objective", f"{optimum:.9f}")]
    rows += [(f"uniform_chance_p{i + 1}", f"{s:.12f}") for i, s in enumerate(shares)]
    with open(f"{directory}/expected.csv", "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["quantity", "value"])
        out.writerows(rows)
    for row in rows:
        print(*row)

if __name__ == "__main__":
    main(sys.argv[1])
