/**
 * The Python side of a local parallel step (stdlib only), written next to the step at run time so the bundles
 * need no data file. It imports the user's entry script as Azure ML's parallel runtime does: `init()` once per
 * worker, then `run(mini_batch)` for each mini-batch the parent sends on fd 3; answers go back on fd 4, so
 * stdout and stderr stay the user's log. A file mini-batch is a list of paths; a row mini-batch a pandas
 * DataFrame when pandas is importable (as on Azure), else a list of dicts (csv.DictReader rows).
 */
export const PARALLEL_DRIVER_PY = String.raw`
import csv, importlib.util, io, json, os, sys, traceback


def load_entry(path):
    spec = importlib.util.spec_from_file_location(os.path.splitext(os.path.basename(path))[0], path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def read_rows(batch):
    with open(batch["file"], "rb") as f:
        header = f.readline()
        f.seek(batch["start"])
        body = f.read(batch["end"] - batch["start"])
    text = (header + body).decode("utf-8")
    try:
        import pandas
    except ImportError:
        return list(csv.DictReader(io.StringIO(text), delimiter=batch["delimiter"]))
    return pandas.read_csv(io.StringIO(text), sep=batch["delimiter"])


def as_lines(result):
    if result is None:
        return []
    if hasattr(result, "to_csv"):
        return result.to_csv(sep=" ", header=False, index=False).splitlines()
    return [str(item) for item in result]


def main():
    entry = sys.argv[1]
    sys.argv = [entry] + sys.argv[2:]
    requests = os.fdopen(3, "r")
    replies = os.fdopen(4, "w")

    def reply(message):
        replies.write(json.dumps(message) + "\n")
        replies.flush()

    sys.path.insert(0, os.path.dirname(os.path.abspath(entry)))
    try:
        module = load_entry(entry)
        if hasattr(module, "init"):
            module.init()
    except BaseException:
        reply({"init": False, "error": traceback.format_exc()})
        return 1
    reply({"init": True})
    for line in requests:
        batch = json.loads(line)
        items = batch["files"] if batch["kind"] == "files" else read_rows(batch)
        try:
            result = module.run(items)
            lines = as_lines(result)
            reply({"id": batch["id"], "ok": True, "items": len(items), "returned": len(lines), "lines": lines})
        except Exception:
            reply({"id": batch["id"], "ok": False, "items": len(items), "error": traceback.format_exc()})
    if hasattr(module, "shutdown"):
        module.shutdown()
    return 0


sys.exit(main())
`;
