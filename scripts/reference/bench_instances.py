#!/usr/bin/env python3
"""Generates the sortition engine's hard benchmark instances (seeded; standard library only).

  python3 scripts/reference/bench_instances.py sortition-cli/bench/instances

* synth_50000_500_c10_hh: 50,000 respondents, 10 categories of 3 to 8 values (thousands of groups), about one in five
  sharing an address with the person before, panel of 500. The targets are known to be feasible: they are the counts
  of a panel drawn from the pool (one person per address) leaning towards a population that differs from the pool
  (volunteers are skewed towards some values), each widened by 15 % either side.
* opendlp_like_2000_200: 2,000 respondents, panel of 200, 5 categories shaped like the opendlp example: an age band
  under 18 with a target of 0 and a value no panel may have, so many respondents are on no valid panel.
"""
import csv
import math
import os
import random
import sys


def weights(generator, count, skew):
    raw = [generator.random() ** skew + 0.02 for _ in range(count)]
    total = sum(raw)
    return [w / total for w in raw]


def write(directory, name, categories, people, targets, address):
    path = os.path.join(directory, name)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "categories.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["feature", "value", "min", "max"])
        for (category, value), (low, high) in targets.items():
            out.writerow([category, value, low, high])
    with open(os.path.join(path, "people.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["id"] + (["address"] if address else []) + list(categories))
        for person in people:
            out.writerow([person["id"]] + ([person["address"]] if address else []) + [person[c] for c in categories])


def large(directory):
    generator = random.Random(50000)
    sizes = [3, 4, 5, 6, 8, 3, 4, 5, 6, 7]
    categories = {f"c{i + 1}": [f"v{j + 1}" for j in range(size)] for i, size in enumerate(sizes)}
    pool_weights = {c: weights(generator, len(v), 2.5) for c, v in categories.items()}
    population = {c: weights(generator, len(v), 1.0) for c, v in categories.items()}
    people = []
    for i in range(50000):
        person = {"id": f"q{i:05d}"}
        shared = i > 0 and generator.random() < 0.2
        person["address"] = people[-1]["address"] if shared else f"{i} Long Road"
        for c, values in categories.items():
            person[c] = generator.choices(values, pool_weights[c])[0]
        people.append(person)
    panel = leaning_panel(generator, people, categories, pool_weights, population, 500)
    write(directory, "synth_50000_500_c10_hh", categories, people, around(categories, panel, 0.15), True)


def leaning_panel(generator, people, categories, pool_weights, population, k):
    """k people at distinct addresses, each drawn with weight (population share / pool share) over their values."""
    def lean(person):
        weight = 1.0
        for c, values in categories.items():
            i = values.index(person[c])
            weight *= population[c][i] / pool_weights[c][i]
        return weight
    weights = [lean(p) for p in people]
    chosen, addresses = [], set()
    while len(chosen) < k:
        i = generator.choices(range(len(people)), weights)[0]
        weights[i] = 0.0
        if people[i]["address"] not in addresses:
            addresses.add(people[i]["address"])
            chosen.append(people[i])
    return chosen


def around(categories, panel, spread):
    targets = {}
    for category, values in categories.items():
        for value in values:
            count = sum(1 for p in panel if p[category] == value)
            targets[(category, value)] = (max(0, math.floor(count * (1 - spread))), math.ceil(count * (1 + spread)))
    return targets


def opendlp_like(directory):
    generator = random.Random(2000)
    categories = {
        "gender": ["female", "male", "other"],
        "age": ["0-17", "18-29", "30-44", "45-64", "65+"],
        "ethnicity": ["white", "asian", "black", "mixed", "other"],
        "disability": ["no", "yes"],
        "colour": ["red", "green", "blue", "none"],
    }
    pool_weights = {
        "gender": [0.55, 0.43, 0.02], "age": [0.15, 0.15, 0.25, 0.3, 0.15],
        "ethnicity": [0.75, 0.1, 0.07, 0.05, 0.03], "disability": [0.85, 0.15], "colour": [0.3, 0.3, 0.3, 0.1],
    }
    people = [{"id": f"o{i:04d}", **{c: generator.choices(v, pool_weights[c])[0] for c, v in categories.items()}}
              for i in range(2000)]
    targets = {
        ("gender", "female"): (98, 102), ("gender", "male"): (96, 100), ("gender", "other"): (0, 4),
        ("age", "0-17"): (0, 0), ("age", "18-29"): (40, 46), ("age", "30-44"): (50, 56),
        ("age", "45-64"): (60, 66), ("age", "65+"): (40, 46),
        ("ethnicity", "white"): (130, 140), ("ethnicity", "asian"): (25, 30), ("ethnicity", "black"): (18, 22),
        ("ethnicity", "mixed"): (10, 14), ("ethnicity", "other"): (5, 8),
        ("disability", "no"): (160, 170), ("disability", "yes"): (30, 40),
        ("colour", "red"): (60, 70), ("colour", "green"): (60, 70), ("colour", "blue"): (60, 70),
        ("colour", "none"): (0, 0),
    }
    write(directory, "opendlp_like_2000_200", categories, people, targets, False)


if __name__ == "__main__":
    large(sys.argv[1])
    opendlp_like(sys.argv[1])
