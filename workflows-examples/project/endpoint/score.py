"""Scoring script of the animals endpoint: the same model and the same answers as the API (inference/app.py).

Azure ML's inference server calls init() once, then run() per request, with the body of the request:
    {"instances": [{"weight_kg": 4.1, "height_cm": 24, "tail_cm": 29, "ear_cm": 6, "sleep_h": 14}]}
    -> {"predictions": [{"species": "cat", "probabilities": {...}}], "model_name": ..., "model_version": ...}
The model folder is AZUREML_MODEL_DIR (the registered model, classifier.json somewhere inside it).
"""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "inference"))

import app  # noqa: E402  (the API's module: load_model, instances_of, features_of, predict)

model = None
info = {}


def find_model_dir(root):
    for folder, _dirs, files in os.walk(root):
        if "classifier.json" in files:
            return folder
    raise SystemExit(f"animals endpoint: no classifier.json under {root}")


def init():
    global model, info
    model_dir = find_model_dir(os.environ.get("AZUREML_MODEL_DIR", os.path.join(os.path.dirname(__file__), "model")))
    model = app.load_model(model_dir)
    info = app.service_info(model_dir, os.environ)


def run(raw_data):
    try:
        body = json.loads(raw_data)
        instances = app.instances_of(body)
        predictions = [app.predict(model, app.features_of(model, x, i)) for i, x in enumerate(instances)]
    except (app.BadRequest, ValueError) as error:
        return {"error": str(error)}
    return {"predictions": predictions, **info}
