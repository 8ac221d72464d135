#!/usr/bin/env python3
"""Generates the animals dataset: one folder per species, one CSV of body measurements in each.

The rows are drawn from fixed per-species distributions with a seeded generator, so the same arguments always
write the same bytes (a test regenerates the shipped files and compares them). The species overlap on purpose
(small dogs look like cats, big dogs like small pandas) so the classifier has something to learn, and a few rows
are dirty (missing values, impossible numbers, stray spaces) so the dataprep step has something to clean.

    python3 scripts/make_dataset.py --out data/animals --rows 300 --seed 7
    python3 scripts/make_dataset.py --out data/toy --rows 60 --seed 11
"""

import argparse
import csv
import os
import random

COLUMNS = ["id", "species", "weight_kg", "height_cm", "tail_cm", "ear_cm", "sleep_h"]

# species -> feature -> (mean, standard deviation)
PROFILES = {
    "panda": {"weight_kg": (95, 22), "height_cm": (72, 10), "tail_cm": (13, 3), "ear_cm": (9, 1.5), "sleep_h": (11, 1.5)},
    "cat": {"weight_kg": (4.5, 1.3), "height_cm": (25, 4), "tail_cm": (28, 4), "ear_cm": (6, 1), "sleep_h": (14, 2)},
    "dog": {"weight_kg": (24, 12), "height_cm": (50, 14), "tail_cm": (24, 9), "ear_cm": (9, 3), "sleep_h": (12, 2)},
}

DIRTY_SHARE = 0.04


def measurement(rng, mean, sd):
    # Body measurements are positive; redraw the rare negative tail of the normal distribution.
    while True:
        value = rng.gauss(mean, sd)
        if value > 0.1:
            return round(value, 2)


def dirty(rng, row):
    """One kind of damage the dataprep step must handle."""
    column = rng.choice(COLUMNS[2:])
    kind = rng.choice(["missing", "na", "negative", "spaces"])
    if kind == "missing":
        row[column] = ""
    elif kind == "na":
        row[column] = "n/a"
    elif kind == "negative":
        row[column] = str(-abs(float(row[column])))
    else:
        row["species"] = "  " + row["species"].upper() + " "
    return row


def rows_for(species, count, rng):
    profile = PROFILES[species]
    for index in range(count):
        row = {"id": f"{species}-{index:04d}", "species": species}
        for feature, (mean, sd) in profile.items():
            row[feature] = f"{measurement(rng, mean, sd):.2f}"
        yield dirty(rng, row) if rng.random() < DIRTY_SHARE else row


def write_species(out_dir, species, count, seed):
    # One generator per species, so adding a species never changes the others' rows.
    rng = random.Random(f"{seed}:{species}")
    folder = os.path.join(out_dir, species)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{species}.csv")
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows_for(species, count, rng))
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="folder that receives one sub-folder per species")
    parser.add_argument("--rows", type=int, default=300, help="rows per species")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for species in PROFILES:
        print(write_species(args.out, species, args.rows, args.seed))


if __name__ == "__main__":
    main()
