"""Synthetic assembly members for the grouping benchmark: five attributes with shares like a London borough's.

python3 gen_people.py N SEED > instances/synth_N.csv   (the committed files used SEED 1)
"""
import csv
import random
import sys

ATTRIBUTES = {
    "gender": {"Female": 0.50, "Male": 0.48, "Non-binary": 0.02},
    "age": {"16-29": 0.22, "30-44": 0.27, "45-59": 0.25, "60-74": 0.17, "75+": 0.09},
    "ethnicity": {"White": 0.52, "Asian": 0.22, "Black": 0.15, "Mixed": 0.06, "Other": 0.05},
    "disability": {"Yes": 0.18, "No": 0.82},
    "area": {"North": 0.25, "Central": 0.25, "South": 0.25, "East": 0.25},
}


def main():
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["id", "name", *ATTRIBUTES])
    for i in range(1, n + 1):
        row = [f"M{i:03d}", f"Member {i}"]
        for shares in ATTRIBUTES.values():
            row.append(rng.choices(list(shares), weights=list(shares.values()))[0])
        out.writerow(row)


if __name__ == "__main__":
    main()
