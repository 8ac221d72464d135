"""Cleans one species' raw CSV files into one tidy CSV.

Reads every *.csv under --data, normalises the species name, drops rows with a missing, unreadable or
non-positive measurement, and writes clean.csv plus dataprep_report.json (rows read, kept, dropped by reason)
to --output_data. Standard library only, so the step runs on Azure ML and on a bare runner alike.
"""

import argparse
import csv
import json
import math
import os

FEATURES = ["weight_kg", "height_cm", "tail_cm", "ear_cm", "sleep_h"]
COLUMNS = ["id", "species"] + FEATURES


def csv_files(folder):
    found = []
    for root, _dirs, files in os.walk(folder):
        found.extend(os.path.join(root, name) for name in files if name.lower().endswith(".csv"))
    if not found:
        raise SystemExit(f"dataprep: no .csv file under {folder}")
    return sorted(found)


def clean_row(row):
    """The cleaned row, or the reason it cannot be used."""
    species = (row.get("species") or "").strip().lower()
    if not species:
        return None, "missing species"
    cleaned = {"id": (row.get("id") or "").strip(), "species": species}
    for feature in FEATURES:
        text = (row.get(feature) or "").strip()
        if not text:
            return None, f"missing {feature}"
        try:
            value = float(text)
        except ValueError:
            return None, f"unreadable {feature}"
        if not math.isfinite(value) or value <= 0:
            return None, f"non-positive {feature}"
        cleaned[feature] = f"{value:.2f}"
    return cleaned, None


def prepare(data_folder, output_folder):
    kept, dropped, read = [], {}, 0
    for path in csv_files(data_folder):
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                read += 1
                cleaned, reason = clean_row(row)
                if cleaned is None:
                    dropped[reason] = dropped.get(reason, 0) + 1
                else:
                    kept.append(cleaned)
    os.makedirs(output_folder, exist_ok=True)
    with open(os.path.join(output_folder, "clean.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
    report = {"rows_read": read, "rows_kept": len(kept), "rows_dropped": dict(sorted(dropped.items()))}
    with open(os.path.join(output_folder, "dataprep_report.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2, sort_keys=True)
    return report


def main():
    parser = argparse.ArgumentParser(description="Clean one species' raw measurements.")
    parser.add_argument("--data", required=True)
    parser.add_argument("--output_data", required=True)
    args = parser.parse_args()
    report = prepare(args.data, args.output_data)
    print(f"dataprep: kept {report['rows_kept']} of {report['rows_read']} rows; dropped {report['rows_dropped']}")


if __name__ == "__main__":
    main()
