"""Joins the cleaned species tables and splits them into a training and a testing table.

The split is stratified (each species keeps the same share in both tables) and seeded: the rows of each
species are sorted by id, shuffled with a generator seeded from --seed and the species name, and the first
--train_test_split_percentage percent go to testing. Same inputs, same split, which is what lets the
pipeline reuse this step's outputs when nothing changed.
"""

import argparse
import csv
import os
import random

FEATURES = ["weight_kg", "height_cm", "tail_cm", "ear_cm", "sleep_h"]
COLUMNS = ["id", "species"] + FEATURES


def read_rows(folder):
    rows = []
    for root, _dirs, files in os.walk(folder):
        for name in sorted(files):
            if name.lower().endswith(".csv"):
                with open(os.path.join(root, name), newline="", encoding="utf-8") as handle:
                    rows.extend(csv.DictReader(handle))
    if not rows:
        raise SystemExit(f"data_split: no rows under {folder}")
    return rows


def by_species(rows):
    groups = {}
    for row in rows:
        groups.setdefault(row["species"], []).append(row)
    return groups


def split(rows, test_percentage, seed):
    if not 0 < test_percentage < 100:
        raise SystemExit(f"data_split: train_test_split_percentage must be between 1 and 99, got {test_percentage}")
    training, testing = [], []
    for species, group in sorted(by_species(rows).items()):
        group = sorted(group, key=lambda row: row["id"])
        random.Random(f"{seed}:{species}").shuffle(group)
        cut = max(1, round(len(group) * test_percentage / 100))
        testing.extend(group[:cut])
        training.extend(group[cut:])
    return training, testing


def write_table(folder, name, rows):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main():
    parser = argparse.ArgumentParser(description="Stratified, seeded train/test split of the animal tables.")
    parser.add_argument("--animal_1", required=True)
    parser.add_argument("--animal_2", required=True)
    parser.add_argument("--animal_3", required=True)
    parser.add_argument("--train_test_split_percentage", type=int, required=True, help="percent of rows for testing")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--training_data", required=True)
    parser.add_argument("--testing_data", required=True)
    args = parser.parse_args()
    rows = read_rows(args.animal_1) + read_rows(args.animal_2) + read_rows(args.animal_3)
    training, testing = split(rows, args.train_test_split_percentage, args.seed)
    write_table(args.training_data, "train.csv", training)
    write_table(args.testing_data, "test.csv", testing)
    print(f"data_split: {len(training)} training rows, {len(testing)} testing rows")


if __name__ == "__main__":
    main()
