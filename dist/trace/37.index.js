export const id = 37;
export const ids = [37];
export const modules = {

/***/ 20037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readClusterWorkload: () => (/* binding */ readClusterWorkload),
  readManifestWorkload: () => (/* binding */ readManifestWorkload)
});

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/k8s/manifests.ts
/**
 * Loads the `manifests` input: files, folders (every .yaml/.yml/.json below them) and globs, each file
 * holding one or more YAML documents. Every problem (a missing path, a YAML error, a document without
 * kind/apiVersion/name) is collected with its file and line and thrown as one ValidationError, so the
 * user sees all of them before anything is sent to the cluster.
 */




const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?[\]{}]/;
async function filesInFolder(folder) {
    const entries = await (0,promises_.readdir)(folder, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile() && MANIFEST_FILE.test(e.name))
        .map((e) => external_node_path_default().join(e.parentPath, e.name))
        .sort();
}
/** Expands one line of the input into files, or says why it named nothing. */
async function expandEntry(entry, cwd) {
    const absolute = external_node_path_default().resolve(cwd, entry);
    if (GLOB_CHARS.test(entry)) {
        const matches = [];
        for await (const m of (0,promises_.glob)(entry, { cwd }))
            matches.push(external_node_path_default().resolve(cwd, m));
        const files = matches.filter((f) => MANIFEST_FILE.test(f)).sort();
        return files.length ? files : { message: `The manifests pattern '${entry}' matched no .yaml, .yml or .json file.` };
    }
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    if (!info)
        return { message: `The manifest path '${entry}' does not exist (relative to ${cwd}).` };
    if (info.isFile())
        return [absolute];
    const files = await filesInFolder(absolute);
    return files.length ? files : { message: `The manifests folder '${entry}' holds no .yaml, .yml or .json file.` };
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/** Checks the fields every API object needs; `List` documents are unpacked into their items. */
function toObjects(value, source, problems) {
    const o = asRecord(value);
    if (!o) {
        problems.push({
            message: 'A manifest document must be a mapping with apiVersion, kind and metadata.',
            location: source,
        });
        return [];
    }
    const missing = ['apiVersion', 'kind'].filter((k) => typeof o[k] !== 'string' || o[k] === '');
    if (missing.length) {
        problems.push({ message: `The document has no ${missing.join(' and ')}.`, location: source });
        return [];
    }
    if (o.kind === 'List' || (String(o.kind).endsWith('List') && Array.isArray(o.items))) {
        return (Array.isArray(o.items) ? o.items : []).flatMap((item) => toObjects(item, source, problems));
    }
    const metadata = asRecord(o.metadata);
    if (typeof metadata?.name !== 'string' || metadata.name === '') {
        problems.push({ message: `The ${String(o.kind)} has no metadata.name.`, location: source });
        return [];
    }
    return [{ object: o, source }];
}
function parseFile(text, file, problems) {
    const lineCounter = new dist/* LineCounter */.HN();
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false });
    const docs = Array.isArray(documents) ? documents : [];
    const manifests = [];
    for (const doc of docs) {
        if (doc.errors.length) {
            for (const e of doc.errors) {
                const { line, col } = lineCounter.linePos(e.pos[0]);
                problems.push({ message: `YAML error: ${e.message.split('\n')[0]}`, location: { file, line, column: col } });
            }
            continue;
        }
        const value = doc.toJS();
        if (value === null || value === undefined)
            continue; // an empty document, e.g. after a trailing `---`
        const start = doc.contents?.range?.[0] ?? doc.range[0];
        manifests.push(...toObjects(value, { file, line: lineCounter.linePos(start).line }, problems));
    }
    return manifests;
}
/** Reads every manifest named by the input lines, in the order given; throws one ValidationError for all problems. */
async function loadManifests(entries, options) {
    const problems = [];
    if (!entries.length)
        problems.push({ message: "Input 'manifests' is empty: name at least one file, folder or glob." });
    const files = [];
    for (const entry of entries) {
        const expanded = await expandEntry(entry, options.cwd);
        if (Array.isArray(expanded))
            files.push(...expanded.filter((f) => !files.includes(f)));
        else
            problems.push(expanded);
    }
    const manifests = [];
    for (const file of files) {
        const shown = external_node_path_default().relative(options.cwd, file) || file;
        manifests.push(...parseFile(await (0,promises_.readFile)(file, 'utf8'), shown, problems));
    }
    if (problems.length)
        throw new errors/* ValidationError */.yI(problems, `${problems.length} problem(s) in the manifests; nothing was applied`);
    return manifests;
}

;// CONCATENATED MODULE: ./shared/k8s/objects.ts
/**
 * The slice of the Kubernetes object model this action reads and edits. Objects stay plain data (as parsed
 * from YAML or returned by the API server); these types name the fields we touch and let the rest through.
 */
/** The kinds whose rollout we watch and whose pod template we render. */
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];
/** `kind/name` in the namespace, the way kubectl names an object in its messages. */
function describeObject(o) {
    return `${o.kind.toLowerCase()}/${o.metadata.name ?? '?'}`;
}
function isWorkload(o) {
    return (WORKLOAD_KINDS.includes(o.kind) &&
        o.apiVersion.startsWith(o.kind === 'Job' ? 'batch/' : 'apps/'));
}
function conditionOf(conditions, type) {
    return conditions?.find((c) => c.type === type);
}
/** Writes a selector as the API's `labelSelector` query (matchLabels and the set-based expressions). */
function formatLabelSelector(selector) {
    const parts = Object.entries(selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
    for (const e of selector?.matchExpressions ?? []) {
        const values = (e.values ?? []).join(',');
        if (e.operator === 'In')
            parts.push(`${e.key} in (${values})`);
        else if (e.operator === 'NotIn')
            parts.push(`${e.key} notin (${values})`);
        else if (e.operator === 'Exists')
            parts.push(e.key);
        else if (e.operator === 'DoesNotExist')
            parts.push(`!${e.key}`);
    }
    return parts.join(',');
}

;// CONCATENATED MODULE: ./shared/trace/deployment.ts
/**
 * The workload a trace starts from: read from the cluster (the kubeconfig's credentials, as k8s-deploy uses
 * them), or from a manifest file (k8s-deploy's rendered output, e.g. after a dry run). The Kubernetes client is
 * loaded only when a cluster is read, so tracing an image or a model never loads it.
 */



async function readClusterWorkload(request, log) {
    const { loadKubeconfig } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(943), __webpack_require__.e(666)]).then(__webpack_require__.bind(__webpack_require__, 32666));
    const { ClientNodeKubeClient } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(943), __webpack_require__.e(13)]).then(__webpack_require__.bind(__webpack_require__, 77013));
    const cluster = await loadKubeconfig(request.kubeconfig, log, request.searchPath);
    const namespace = request.namespace || cluster.namespace || 'default';
    const client = new ClientNodeKubeClient(cluster.config);
    const object = await client.get({ apiVersion: 'apps/v1', kind: request.kind, name: request.name, namespace });
    if (!object)
        throw new errors/* UserError */.yo(`${request.kind} ${namespace}/${request.name} does not exist on ${cluster.server}.`);
    return { object, source: `cluster ${cluster.server}` };
}
/** The first workload in a manifest file (a rendered one holds one object). */
async function readManifestWorkload(file, cwd) {
    const manifests = await loadManifests([file], { cwd });
    const workload = manifests.find((m) => isWorkload(m.object));
    if (!workload)
        throw new errors/* UserError */.yo(`Input 'manifest': ${file} holds no Deployment, StatefulSet, DaemonSet or Job.`);
    return { object: workload.object, source: `manifest ${file}` };
}


/***/ })

};
