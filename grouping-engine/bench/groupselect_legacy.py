"""Runs GroupSelect's legacy algorithm on the benchmark instances, for comparison with our engine.

GroupSelect (https://github.com/sortitionfoundation/groupselect-lib, MIT) is not vendored here: point
GROUPSELECT at a checkout of it. Needs only numpy.

    GROUPSELECT=/path/to/groupselect-lib python3 groupselect_legacy.py instances OUTDIR [SEED]

writes OUTDIR/NAME.groupselect-legacy.csv (session,table,id) for each instance of instances/manifest.csv; then
    java -jar ../../grouping-cli/target/minipublic-grouping.jar bench --instances instances --external OUTDIR
measures them on the same footing as our plans.
"""
import csv
import os
import sys
import time

sys.path.insert(0, os.environ["GROUPSELECT"])
import numpy as np  # noqa: E402
from groupselect import allocate_numpy  # noqa: E402


def main():
    instances, out = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(instances, "manifest.csv"), newline="") as f:
        manifest = list(csv.DictReader(f))
    for row in manifest:
        with open(os.path.join(instances, row["file"]), newline="", encoding="utf-8-sig") as f:
            people = list(csv.DictReader(f))
        columns = row["diversify"].split(";")
        codes = {c: {} for c in columns}
        data = np.array([[codes[c].setdefault(p[c], len(codes[c])) for c in columns] for p in people])
        ids = [p[row["id_column"]] for p in people]
        sessions = int(row["sessions"])
        started = time.perf_counter()
        result = allocate_numpy(
            data,
            {i: "diversify" for i in range(len(columns))},
            [int(row["table_size"])] * sessions,
            settings={"seed": seed},
        )
        seconds = time.perf_counter() - started
        with open(os.path.join(out, row["name"] + ".groupselect-legacy.csv"), "w", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(["session", "table", "id"])
            for s, allocation in enumerate(result.ensemble, start=1):
                for t, group in enumerate(allocation, start=1):
                    for p in group:
                        writer.writerow([s, t, ids[p]])
        print(f"{row['name']}: {seconds:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
