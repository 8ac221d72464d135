"""Trains a multinomial logistic regression (softmax) classifier on the animal measurements.

Pure Python: features are standardised with the training table's mean and deviation, then the weights are fitted
by stochastic gradient descent over --epochs passes, in an order drawn from a generator seeded with --seed, so
the same inputs always give the same model. Writes to --output_folder:
  classifier.json  the model (classes, features, standardisation, weights), everything inference needs;
  metrics.json     accuracy on the testing table, per-class precision and recall, confusion matrix, loss per epoch.
The model file is not called model.json: download-model writes its lineage under that name beside the files.
"""

import argparse
import csv
import json
import math
import os
import random

FEATURES = ["weight_kg", "height_cm", "tail_cm", "ear_cm", "sleep_h"]
MODEL_FORMAT = "animals-softmax/v1"
L2 = 1e-4


def read_table(folder):
    rows = []
    for root, _dirs, files in os.walk(folder):
        for name in sorted(files):
            if name.lower().endswith(".csv"):
                with open(os.path.join(root, name), newline="", encoding="utf-8") as handle:
                    rows.extend(csv.DictReader(handle))
    if not rows:
        raise SystemExit(f"training: no rows under {folder}")
    return [[float(row[f]) for f in FEATURES] for row in rows], [row["species"] for row in rows]


def standardisation(x):
    columns = list(zip(*x))
    mean = [sum(c) / len(c) for c in columns]
    scale = [math.sqrt(sum((v - m) ** 2 for v in c) / len(c)) or 1.0 for c, m in zip(columns, mean)]
    return mean, scale


def softmax(scores):
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def standardise(model, features):
    return [(v - m) / s for v, m, s in zip(features, model["mean"], model["scale"])]


def class_probabilities(model, z):
    scores = [sum(w * v for w, v in zip(weights, z)) + b for weights, b in zip(model["weights"], model["bias"])]
    return softmax(scores)


def probabilities(model, features):
    return class_probabilities(model, standardise(model, features))


def predict(model, features):
    p = probabilities(model, features)
    return model["classes"][p.index(max(p))]


def fit(x, y, epochs, learning_rate, seed):
    classes = sorted(set(y))
    mean, scale = standardisation(x)
    model = {
        "format": MODEL_FORMAT,
        "classes": classes,
        "features": FEATURES,
        "mean": mean,
        "scale": scale,
        "weights": [[0.0] * len(FEATURES) for _ in classes],
        "bias": [0.0] * len(classes),
    }
    targets = [classes.index(label) for label in y]
    order = list(range(len(x)))
    rng = random.Random(seed)
    losses = []
    for epoch in range(epochs):
        rng.shuffle(order)
        rate = learning_rate / (1 + epoch)  # a decaying step settles SGD near the optimum
        loss = 0.0
        for i in order:
            z = standardise(model, x[i])
            p = class_probabilities(model, z)
            loss -= math.log(max(p[targets[i]], 1e-12))
            for k, weights in enumerate(model["weights"]):
                error = p[k] - (1.0 if k == targets[i] else 0.0)
                for j, value in enumerate(z):
                    weights[j] -= rate * (error * value + L2 * weights[j])
                model["bias"][k] -= rate * error
        losses.append(round(loss / len(x), 6))
        print(f"training: epoch {epoch + 1}/{epochs} loss {losses[-1]:.4f}")
    return model, losses


def evaluate(model, x, y):
    classes = model["classes"]
    confusion = {actual: {predicted: 0 for predicted in classes} for actual in classes}
    for features, actual in zip(x, y):
        confusion.setdefault(actual, {predicted: 0 for predicted in classes})[predict(model, features)] += 1
    correct = sum(confusion[c][c] for c in classes if c in confusion)
    per_class = {}
    for c in classes:
        predicted_as_c = sum(row[c] for row in confusion.values())
        actual_c = sum(confusion.get(c, {}).values())
        per_class[c] = {
            "precision": round(confusion[c][c] / predicted_as_c, 4) if predicted_as_c else 0.0,
            "recall": round(confusion[c][c] / actual_c, 4) if actual_c else 0.0,
            "support": actual_c,
        }
    return {"accuracy": round(correct / len(y), 4), "per_class": per_class, "confusion_matrix": confusion}


def write_json(folder, name, value):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
        json.dump(value, handle, indent=2, sort_keys=True)
        handle.write("\n")


def main():
    parser = argparse.ArgumentParser(description="Train the animals softmax classifier.")
    parser.add_argument("--training_folder", required=True)
    parser.add_argument("--testing_folder", required=True)
    parser.add_argument("--epochs", type=int, required=True)
    parser.add_argument("--learning_rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--output_folder", required=True)
    args = parser.parse_args()
    if args.epochs < 1:
        raise SystemExit(f"training: epochs must be at least 1, got {args.epochs}")

    train_x, train_y = read_table(args.training_folder)
    test_x, test_y = read_table(args.testing_folder)
    model, losses = fit(train_x, train_y, args.epochs, args.learning_rate, args.seed)
    model["training"] = {"epochs": args.epochs, "learning_rate": args.learning_rate, "seed": args.seed, "rows": len(train_x)}
    metrics = evaluate(model, test_x, test_y)
    metrics["training_accuracy"] = evaluate(model, train_x, train_y)["accuracy"]
    metrics["loss_per_epoch"] = losses
    metrics["testing_rows"] = len(test_x)

    os.makedirs(args.output_folder, exist_ok=True)
    write_json(args.output_folder, "classifier.json", model)
    write_json(args.output_folder, "metrics.json", metrics)
    print(f"training: test accuracy {metrics['accuracy']:.4f} on {len(test_x)} rows")


if __name__ == "__main__":
    main()
