"""Smoke test of a running animals API: does it serve the model this release was built with, as well as recorded?

    python3 smoke_test.py --url http://127.0.0.1:18080 --model-dir model [--expectations smoke_expectations.json]
                          [--wait 60]

Checks, in order (each failure is printed; the exit status is 1 if any check failed, 2 if the API never answered):
  1. GET /version names the model of --model-dir: the name and version in the model.json lineage file that
     download-model writes beside the model (skipped when there is no lineage file).
  2. Each known input of the expectations file is predicted as its expected species.
  3. The accuracy over the expectations file's labelled sample is the accuracy recorded with the model, within the
     file's tolerance. The recorded accuracy is read from the model's tags in model.json (the first of the
     expectation's `tag_keys` present; then the same keys among its properties, when the lineage has them), else
     from the model's own metrics.json (written by training).

Standard library only, like app.py: it runs on any runner with python3.
"""

import argparse
import csv
import json
import os
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


class Unreachable(Exception):
    pass


def load_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def call(url, body=None, timeout=10):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def wait_until_healthy(url, seconds):
    deadline = time.monotonic() + seconds
    while True:
        try:
            if call(f"{url}/health", timeout=5).get("status") == "ok":
                return
        except (OSError, ValueError):
            pass
        if time.monotonic() >= deadline:
            raise Unreachable(f"{url}/health did not answer ok within {seconds}s")
        time.sleep(1)


def lineage_of(model_dir):
    path = os.path.join(model_dir, "model.json")
    return load_json(path) if os.path.isfile(path) else {}


def recorded_accuracy(model_dir, lineage, tag_keys):
    """The accuracy recorded with the model and where it was found: a model tag (or property), else metrics.json."""
    for kind in ("tags", "properties"):
        recorded = lineage.get(kind) or {}
        for key in tag_keys:
            if key in recorded:
                return float(recorded[key]), f"model {kind[:-1] if kind == 'tags' else 'property'} {key}"
    metrics = os.path.join(model_dir, "metrics.json")
    if os.path.isfile(metrics):
        return float(load_json(metrics)["accuracy"]), "the model's metrics.json"
    return None, None


def read_sample(path, features):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [{f: float(r[f]) for f in features} for r in rows], [r["species"] for r in rows]


def predict(url, instances):
    return [p["species"] for p in call(f"{url}/predict", {"instances": instances})["predictions"]]


def check_model(url, lineage):
    if not lineage:
        return ["skipped: no model.json beside the model, so the served model cannot be named"], []
    served = call(f"{url}/version")
    expected = (str(lineage.get("name")), str(lineage.get("version")))
    got = (str(served.get("model_name")), str(served.get("model_version")))
    line = f"serves model {got[0]} version {got[1]}"
    return ([f"ok: {line}"], []) if got == expected else ([], [f"{line}, expected {expected[0]} version {expected[1]}"])


def check_known(url, known):
    passed, failed = [], []
    for case, got in zip(known, predict(url, [case["input"] for case in known])):
        line = f"{case['name']}: predicted {got}"
        if got == case["expect"]:
            passed.append(f"ok: {line}")
        else:
            failed.append(f"{line}, expected {case['expect']}")
    return passed, failed


def check_accuracy(url, model_dir, lineage, spec, base):
    recorded, source = recorded_accuracy(model_dir, lineage, spec.get("tag_keys", []))
    if recorded is None:
        return [], [f"no accuracy recorded with the model (no tag {', '.join(spec.get('tag_keys', []))}, no metrics.json in {model_dir})"]
    instances, labels = read_sample(os.path.join(base, spec["sample"]), spec["features"])
    species = predict(url, instances)
    measured = round(sum(s == l for s, l in zip(species, labels)) / len(labels), 4)
    line = f"accuracy {measured} on {len(labels)} labelled rows; recorded {recorded} ({source}), tolerance {spec['tolerance']}"
    return ([f"ok: {line}"], []) if abs(measured - recorded) <= spec["tolerance"] else ([], [line])


def main(argv=None):
    parser = argparse.ArgumentParser(description="Smoke-test a running animals API against the model it should serve.")
    parser.add_argument("--url", required=True, help="base URL of the API, e.g. http://127.0.0.1:18080")
    parser.add_argument("--model-dir", required=True, help="the downloaded model folder (classifier.json, model.json)")
    parser.add_argument("--expectations", default=os.path.join(HERE, "smoke_expectations.json"))
    parser.add_argument("--wait", type=float, default=0, help="seconds to wait for /health first")
    args = parser.parse_args(argv)
    url = args.url.rstrip("/")
    expectations = load_json(args.expectations)
    lineage = lineage_of(args.model_dir)
    try:
        wait_until_healthy(url, args.wait)
        results = [
            check_model(url, lineage),
            check_known(url, expectations["known"]),
            check_accuracy(url, args.model_dir, lineage, expectations["accuracy"], os.path.dirname(os.path.abspath(args.expectations))),
        ]
    except (Unreachable, OSError, ValueError, KeyError) as error:
        print(f"smoke test: the API at {url} did not answer as expected: {error}", file=sys.stderr)
        return 2
    failures = [f for _, failed in results for f in failed]
    for passed, failed in results:
        for line in passed:
            print(f"smoke test: {line}")
        for line in failed:
            print(f"smoke test: FAILED {line}")
    print(f"smoke test: {'FAILED, ' + str(len(failures)) + ' check(s)' if failures else 'passed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
