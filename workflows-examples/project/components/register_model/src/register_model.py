"""Local stand-in for the `register_model` component of the public `azureml` registry.

In Azure ML the pipeline's `register` step uses azureml://registries/azureml/components/register_model, which
registers the model folder as a workspace model version. That needs the Azure ML SDK and a workspace, neither of
which exists on a bare runner. (The suite's local backend implements the registry component built in.) This is
the same step as a plain component, for running the pipeline anywhere else: same inputs (model_name, model_type,
model_path), same output (registration_details_folder) and details file name (model_registration_details.json).
It copies the model files into the output folder under model/, writes a model card (model_card.md) and the
details file naming every file with its sha256.
Nothing here depends on the clock, so the same model always gives the same bytes and the step can be reused.
"""

import argparse
import hashlib
import json
import os
import shutil

# The file name the registry component writes its details to (0.0.9 and later).
DETAILS_FILE = "model_registration_details.json"
MODEL_TYPES = {"custom_model", "mlflow_model", "triton_model"}


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def model_files(folder):
    files = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            full = os.path.join(root, name)
            files.append({"path": os.path.relpath(full, folder).replace(os.sep, "/"), "bytes": os.path.getsize(full), "sha256": sha256_of(full)})
    if not files:
        raise SystemExit(f"register_model: the model folder {folder} is empty")
    return sorted(files, key=lambda f: f["path"])


def content_hash(files):
    listing = "\n".join(f"{f['path']}:{f['sha256']}" for f in files)
    return hashlib.sha256(listing.encode("utf-8")).hexdigest()


def read_metrics(folder):
    path = os.path.join(folder, "metrics.json")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def model_card(details, metrics):
    lines = [
        f"# Model card: {details['model_name']}",
        "",
        f"- Type: `{details['model_type']}`",
        f"- Content hash (sha256 over the files below): `{details['content_hash']}`",
        "- Registered by: the local stand-in of the azureml `register_model` component",
        "",
        "## Files",
        "",
        "| file | bytes | sha256 |",
        "| --- | ---: | --- |",
    ]
    lines += [f"| `{f['path']}` | {f['bytes']} | `{f['sha256'][:16]}…` |" for f in details["files"]]
    if metrics:
        lines += ["", "## Evaluation", "", f"- Accuracy on the testing table: **{metrics.get('accuracy')}**"]
        lines += [f"- Testing rows: {metrics.get('testing_rows')}"] if "testing_rows" in metrics else []
        for label, scores in sorted(metrics.get("per_class", {}).items()):
            lines.append(f"- `{label}`: precision {scores['precision']}, recall {scores['recall']}, support {scores['support']}")
    return "\n".join(lines) + "\n"


def register(model_name, model_type, model_path, output_folder):
    if model_type not in MODEL_TYPES:
        raise SystemExit(f"register_model: model_type must be one of {sorted(MODEL_TYPES)}, got {model_type!r}")
    files = model_files(model_path)
    details = {"model_name": model_name, "model_type": model_type, "content_hash": content_hash(files), "files": files}
    metrics = read_metrics(model_path)
    if metrics and "accuracy" in metrics:
        details["accuracy"] = metrics["accuracy"]
    destination = os.path.join(output_folder, "model")
    if os.path.exists(destination):
        shutil.rmtree(destination)
    shutil.copytree(model_path, destination)
    with open(os.path.join(output_folder, DETAILS_FILE), "w", encoding="utf-8") as handle:
        json.dump(details, handle, indent=2, sort_keys=True)
        handle.write("\n")
    with open(os.path.join(output_folder, "model_card.md"), "w", encoding="utf-8") as handle:
        handle.write(model_card(details, metrics))
    return details


def main():
    parser = argparse.ArgumentParser(description="Register a model folder (local stand-in).")
    parser.add_argument("--model_name", required=True)
    parser.add_argument("--model_type", default="custom_model")
    parser.add_argument("--model_path", required=True)
    parser.add_argument("--registration_details_folder", required=True)
    args = parser.parse_args()
    os.makedirs(args.registration_details_folder, exist_ok=True)
    details = register(args.model_name, args.model_type, args.model_path, args.registration_details_folder)
    print(f"register_model: {details['model_name']} ({len(details['files'])} files, sha256 {details['content_hash'][:12]})")


if __name__ == "__main__":
    main()
