export const id = 676;
export const ids = [676];
export const modules = {

/***/ 9676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LINEAGE_FALLBACK_FILE: () => (/* binding */ LINEAGE_FALLBACK_FILE),
/* harmony export */   LINEAGE_FILE: () => (/* binding */ LINEAGE_FILE),
/* harmony export */   LINEAGE_SCHEMA: () => (/* binding */ LINEAGE_SCHEMA),
/* harmony export */   dataInputRef: () => (/* binding */ dataInputRef),
/* harmony export */   dataInputsOf: () => (/* binding */ dataInputsOf),
/* harmony export */   jobLineage: () => (/* binding */ jobLineage),
/* harmony export */   jobLineageFrom: () => (/* binding */ jobLineageFrom),
/* harmony export */   lineageFacts: () => (/* binding */ lineageFacts),
/* harmony export */   modelLineage: () => (/* binding */ modelLineage),
/* harmony export */   readLineageFile: () => (/* binding */ readLineageFile),
/* harmony export */   writeLineage: () => (/* binding */ writeLineage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const LINEAGE_SCHEMA = 'azureml-mlops-actions/model-lineage/v1';
const LINEAGE_FILE = 'model.json';
/** Used instead when the model itself has a model.json at its root (ours must not overwrite it). */
const LINEAGE_FALLBACK_FILE = 'azureml-model-lineage.json';
/**
 * Where each fact is looked for, first hit wins: the tags submit-pipeline writes (`github.*`, see
 * shared/jobs/naming.ts), then the git properties azure-ai-ml records for jobs submitted from a checkout.
 */
const COMMIT_KEYS = ['github.sha', 'mlflow.source.git.commit', 'azureml.git.commit'];
const REPOSITORY_KEYS = ['github.repository', 'mlflow.source.git.repoURL', 'azureml.git.repository_uri'];
function jobLineage(job) {
    const p = job.properties;
    const lineage = jobLineageFrom(job.name ?? '', stringMap(p.tags), stringMap(p.properties), p.status);
    // Command, sweep and pipeline jobs all carry `inputs`; for a pipeline these are its top-level inputs.
    const inputs = p.inputs;
    return { ...lineage, dataInputs: dataInputsOf(inputs) };
}
/** Literal inputs (numbers, strings) are parameters, not data; every other input names data by its `uri`. */
function dataInputsOf(inputs) {
    return Object.entries(inputs ?? {})
        .filter((e) => !!e[1] && e[1].jobInputType !== 'literal' && !!e[1].uri)
        .map(([name, input]) => dataInputRef(name, input.uri, input.jobInputType));
}
/**
 * A data input from its URI: `azureml:name:version` and asset ids (`.../data/<name>/versions/<v>`) name a data
 * asset; anything else (datastore URIs, https, local paths) is kept as the URI.
 */
function dataInputRef(name, uri, type) {
    const short = /^azureml:([^/:][^:]*):([^:]+)$/.exec(uri);
    const id = /\/data\/([^/]+)\/versions\/([^/]+)$/.exec(uri);
    const asset = short ? `${short[1]}:${short[2]}` : id ? `${id[1]}:${id[2]}` : undefined;
    return { name, ...(type ? { type } : {}), ...(asset ? { asset } : { uri }) };
}
/** The lineage facts of a job from its tags and properties (Azure jobs and local job records alike). */
function jobLineageFrom(name, tags, properties = {}, status) {
    const first = (keys) => keys.map((k) => tags[k] || properties[k]).find(Boolean);
    return {
        name,
        commit: first(COMMIT_KEYS),
        repository: first(REPOSITORY_KEYS),
        githubRunId: tags['github.run_id'],
        githubRunUrl: tags['github.run_url'],
        status,
        tags,
    };
}
function modelLineage(model, job, download) {
    return {
        schema: LINEAGE_SCHEMA,
        name: model.name,
        version: model.version,
        id: model.id,
        modelUri: model.modelUri,
        modelType: model.modelType,
        tags: model.tags,
        job,
        downloadedAt: download.at.toISOString(),
        files: download.files,
        bytes: download.bytes,
    };
}
/**
 * Writes the lineage into `folder` and returns its path: model.json, unless the model has a model.json of
 * its own at the top (`modelFiles` are the downloaded paths relative to `folder`).
 */
async function writeLineage(folder, lineage, modelFiles) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, modelFiles.includes(LINEAGE_FILE) ? LINEAGE_FALLBACK_FILE : LINEAGE_FILE);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(lineage, null, 2)}\n`);
    return file;
}
function stringMap(value) {
    const out = {};
    for (const [k, v] of Object.entries(value ?? {}))
        if (v !== null && v !== undefined)
            out[k] = String(v);
    return out;
}
/**
 * Reads a lineage file download-model wrote (model.json or azureml-model-lineage.json), or the one in the model
 * folder it downloaded to (a later job has the folder, from an artifact, but not the step's output); `input`
 * names it in errors.
 */
async function readLineageFile(fileOrFolder, input) {
    const file = await lineageFileIn(fileOrFolder);
    let parsed;
    try {
        parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}': cannot read the model lineage ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file });
    }
    if (parsed.schema !== LINEAGE_SCHEMA)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}': ${file} is not a lineage file download-model wrote (schema ${JSON.stringify(parsed.schema)}, expected ${LINEAGE_SCHEMA}).`, { file });
    return parsed;
}
/** In a model folder, ours is the fallback name when present (the model had a model.json of its own), else model.json. */
async function lineageFileIn(fileOrFolder) {
    const isFolder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(fileOrFolder).then((s) => s.isDirectory(), () => false);
    if (!isFolder)
        return fileOrFolder;
    const fallback = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(fileOrFolder, LINEAGE_FALLBACK_FILE);
    const hasFallback = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(fallback).then(() => true, () => false);
    return hasFallback ? fallback : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(fileOrFolder, LINEAGE_FILE);
}
/** The facts of a model's lineage, in the suite's key names (labels and annotations are written from these). */
function lineageFacts(lineage) {
    const job = lineage.job;
    return {
        modelName: lineage.name,
        modelVersion: lineage.version,
        trainingJob: job?.name || undefined,
        trainingCommit: job?.commit,
        trainingRun: job?.githubRunUrl,
        dataInputs: job?.dataInputs?.length ? job.dataInputs : undefined,
    };
}


/***/ })

};
