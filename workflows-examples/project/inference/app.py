"""The animals API: predictions from the classifier that training wrote, over plain HTTP (standard library only).

    GET  /health    {"status": "ok"}
    GET  /version   the API version, model name and version, and the commit, so a running API says what it runs
    POST /predict   {"instances": [{"weight_kg": 4.1, "height_cm": 24, "tail_cm": 29, "ear_cm": 6, "sleep_h": 14}]}
                    -> {"predictions": [{"species": "cat", "probabilities": {...}}], "model_version": ..., ...}

Configuration, all from the environment:
    MODEL_DIR      folder holding classifier.json (default: ./model beside this file)
    API_VERSION    version of this API (k8s-deploy sets it; the image bakes the build's value as a fallback)
    MODEL_NAME, MODEL_VERSION
                   the registered model (k8s-deploy sets them; else read from the model.json lineage file that
                   download-model writes beside the model)
    GIT_SHA        the commit the image was built from (set by k8s-deploy and baked into the image)
    HOST, PORT     where to listen (default 0.0.0.0:8080; PORT=0 picks a free port, printed at start)
"""

import json
import math
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY_BYTES = 1 << 20
MAX_INSTANCES = 1000


class BadRequest(Exception):
    pass


def load_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def load_model(model_dir):
    path = os.path.join(model_dir, "classifier.json")
    if not os.path.isfile(path):
        raise SystemExit(f"animals-api: no classifier.json in {model_dir} (set MODEL_DIR to the downloaded model folder)")
    model = load_json(path)
    if model.get("format") != "animals-softmax/v1":
        raise SystemExit(f"animals-api: {path} has format {model.get('format')!r}, expected 'animals-softmax/v1'")
    return model


def lineage(model_dir):
    """The lineage download-model wrote beside the model, if any: the fallback for MODEL_NAME/MODEL_VERSION."""
    path = os.path.join(model_dir, "model.json")
    try:
        return load_json(path) if os.path.isfile(path) else {}
    except (OSError, ValueError):
        return {}


def service_info(model_dir, env):
    known = lineage(model_dir)
    return {
        "api_version": env.get("API_VERSION") or "dev",
        "model_name": env.get("MODEL_NAME") or known.get("name") or "unknown",
        "model_version": env.get("MODEL_VERSION") or str(known.get("version") or "unknown"),
        "git_sha": env.get("GIT_SHA") or "unknown",
    }


def features_of(model, instance, index):
    if not isinstance(instance, dict):
        raise BadRequest(f"instances[{index}] must be an object of {', '.join(model['features'])}")
    values = []
    for feature in model["features"]:
        value = instance.get(feature)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise BadRequest(f"instances[{index}].{feature} must be a number, got {json.dumps(value)}")
        values.append(float(value))
    return values


def predict(model, features):
    z = [(v - m) / s for v, m, s in zip(features, model["mean"], model["scale"])]
    scores = [sum(w * v for w, v in zip(weights, z)) + b for weights, b in zip(model["weights"], model["bias"])]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    probabilities = {label: round(e / total, 6) for label, e in zip(model["classes"], exps)}
    return {"species": max(probabilities, key=probabilities.get), "probabilities": probabilities}


def instances_of(body):
    if isinstance(body, dict) and "instances" in body:
        instances = body["instances"]
    else:
        instances = [body]
    if not isinstance(instances, list) or not instances:
        raise BadRequest("send {\"instances\": [ {...}, ... ]} or a single instance object")
    if len(instances) > MAX_INSTANCES:
        raise BadRequest(f"at most {MAX_INSTANCES} instances per request, got {len(instances)}")
    return instances


def make_handler(model, info):
    class Handler(BaseHTTPRequestHandler):
        server_version = "animals-api"

        def send_json(self, status, payload):
            data = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            # Every answer says which API and model gave it, so a wrong prediction can be traced from its response.
            self.send_header("X-Api-Version", info["api_version"])
            self.send_header("X-Model-Version", f"{info['model_name']}:{info['model_version']}")
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if self.path == "/health":
                self.send_json(200, {"status": "ok"})
            elif self.path == "/version":
                self.send_json(200, {**info, "classes": model["classes"], "features": model["features"]})
            else:
                self.send_json(404, {"error": f"no route GET {self.path}; try /predict, /version, /health"})

        def do_POST(self):
            if self.path != "/predict":
                self.send_json(404, {"error": f"no route POST {self.path}; try /predict"})
                return
            try:
                length = int(self.headers.get("Content-Length") or 0)
                if length > MAX_BODY_BYTES:
                    self.send_json(413, {"error": f"body over {MAX_BODY_BYTES} bytes"})
                    return
                body = json.loads(self.rfile.read(length) or b"null")
                instances = instances_of(body)
                predictions = [predict(model, features_of(model, x, i)) for i, x in enumerate(instances)]
            except (BadRequest, ValueError) as error:
                self.send_json(400, {"error": str(error)})
                return
            self.send_json(200, {"predictions": predictions, **info})

        def log_message(self, format, *args):
            sys.stderr.write("animals-api: %s %s\n" % (self.address_string(), format % args))

    return Handler


def main():
    model_dir = os.environ.get("MODEL_DIR") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "model")
    model = load_model(model_dir)
    info = service_info(model_dir, os.environ)
    server = ThreadingHTTPServer((os.environ.get("HOST", "0.0.0.0"), int(os.environ.get("PORT", "8080"))), make_handler(model, info))
    host, port = server.server_address[:2]
    print(f"animals-api: listening on http://{host}:{port} ({json.dumps(info)})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
