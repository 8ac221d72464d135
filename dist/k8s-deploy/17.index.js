export const id = 17;
export const ids = [17];
export const modules = {

/***/ 51017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployToKubernetes: () => (/* binding */ deployToKubernetes)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(46677);
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

;// CONCATENATED MODULE: ./shared/lineage/keys.ts
/**
 * The suite's one namespace for lineage: the domain `azureml-mlops.github.io`, written in each medium's own
 * convention. Every label, annotation and tag the actions write is named here, and every reader goes through
 * `readLineage`, which also accepts the keys of the previous release (see `LEGACY_*`) for one version.
 */
const LINEAGE_DOMAIN = 'azureml-mlops.github.io';
/** OCI image labels: reverse DNS of the domain, as the image-spec asks (`io.github.azureml-mlops.<key>`). */
const OCI_LABEL_PREFIX = 'io.github.azureml-mlops';
/** Kubernetes annotations and labels: `<domain>/<key>`. */
const K8S_PREFIX = LINEAGE_DOMAIN;
/** Azure ML tags, only where new tags are needed (the `mlops.*` job tags stay as they are). */
const AZURE_TAG_PREFIX = 'azureml-mlops';
/** The OCI standard label every image carries for the commit it was built from; the suite reuses it. */
const OCI_REVISION = 'org.opencontainers.image.revision';
/** What each key records. The same key names serve every medium; `media` says where each is written. */
const LINEAGE_KEYS = {
    /** The commit the image was built from (on images: `org.opencontainers.image.revision`). */
    commit: 'commit',
    /** The workflow run that built (tagged) the image. */
    buildRun: 'build-run',
    modelName: 'model-name',
    modelVersion: 'model-version',
    /** The Azure ML job (run) that trained the model. */
    trainingJob: 'training-job',
    /** The commit the training job ran from (may differ from the image's commit). */
    trainingCommit: 'training-commit',
    /** The workflow run that submitted the training job. */
    trainingRun: 'training-run',
    /** The training job's data inputs: `name=uri-or-asset` pairs separated by `,`. */
    dataInputs: 'data-inputs',
    apiVersion: 'api-version',
    /** Workloads only: `container=image` pairs of what was deployed. */
    images: 'images',
    /** Workloads only: the workflow run that deployed, never confused with where the image came from. */
    deployedByRun: 'deployed-by-run',
    /** Workloads only: the commit of the run that deployed (a promote runs at a later commit than the build). */
    deployedByCommit: 'deployed-by-commit',
};
/** Keys of the previous release, read for one more version (deprecated; see CHANGELOG.md). */
const LEGACY_OCI_LABELS = {
    modelName: 'io.github.azureml-mlops.model.name',
    modelVersion: 'io.github.azureml-mlops.model.version',
    trainingJob: 'io.github.azureml-mlops.model.training-job',
};
const LEGACY_K8S_PREFIX = 'mlops-actions.github.io';
/** The old `run-url` annotation named the deploying run, which is now `deployed-by-run`. */
const LEGACY_K8S_ANNOTATIONS = {
    commit: `${LEGACY_K8S_PREFIX}/commit`,
    deployedByRun: `${LEGACY_K8S_PREFIX}/run-url`,
    images: `${LEGACY_K8S_PREFIX}/images`,
    modelName: `${LEGACY_K8S_PREFIX}/model-name`,
    modelVersion: `${LEGACY_K8S_PREFIX}/model-version`,
    apiVersion: `${LEGACY_K8S_PREFIX}/api-version`,
};
/** The full key of `key` in a medium: `io.github.azureml-mlops.model-name`, `azureml-mlops.github.io/model-name`. */
function lineageKey(medium, key) {
    const name = LINEAGE_KEYS[key];
    if (medium === 'oci')
        return key === 'commit' ? OCI_REVISION : `${OCI_LABEL_PREFIX}.${name}`;
    if (medium === 'k8s')
        return `${K8S_PREFIX}/${name}`;
    return `${AZURE_TAG_PREFIX}.${name}`;
}
/** `name=value` pairs joined by `,` (a value keeps any `=` of its own). */
function formatDataInputs(inputs) {
    return inputs.map((i) => `${i.name}=${i.asset ? `azureml:${i.asset}` : (i.uri ?? '')}`).join(',');
}
/** The inverse of `formatDataInputs`: a pair starts at `,name=`, so a URI may hold commas of its own. */
function parseDataInputs(text) {
    const pairs = text.split(/,(?=[A-Za-z_][\w.-]*=)/).filter((p) => p.includes('='));
    return pairs.map((pair) => {
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const asset = /^azureml:([^/:][^:]*:[^:]+)$/.exec(value)?.[1];
        return asset ? { name, asset } : { name, uri: value };
    });
}
/** The labels or annotations that record `facts` in a medium; empty facts write nothing. */
function lineageEntries(medium, facts) {
    const out = {};
    for (const key of Object.keys(LINEAGE_KEYS)) {
        const value = key === 'dataInputs' ? formatDataInputs(facts.dataInputs ?? []) : facts[key];
        if (value)
            out[lineageKey(medium, key)] = value;
    }
    return out;
}
/** The lineage facts in a set of labels or annotations, new keys first, else the deprecated ones. */
function readLineage(medium, entries) {
    const legacy = medium === 'oci' ? LEGACY_OCI_LABELS : medium === 'k8s' ? LEGACY_K8S_ANNOTATIONS : {};
    const facts = {};
    for (const key of Object.keys(LINEAGE_KEYS)) {
        const old = legacy[key];
        const value = entries?.[lineageKey(medium, key)] || (old ? entries?.[old] : undefined);
        if (!value)
            continue;
        if (key === 'dataInputs')
            facts.dataInputs = parseDataInputs(value);
        else
            facts[key] = value;
    }
    return facts;
}

;// CONCATENATED MODULE: ./shared/registry/challenge.ts
/** Parses the first Basic or Bearer challenge of the header; other schemes are ignored. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(Basic|Bearer)\b(.*)$/i.exec(header);
    if (!m)
        return undefined;
    const params = {};
    // Values are quoted strings (which may hold commas, as in a scope "pull,push") or tokens.
    for (const p of m[2].matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g)) {
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    }
    return { scheme: m[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./shared/registry/errors.ts

/** `DENIED: requested access to the resource is denied`, or the bare status when the body says nothing. */
function describeBody(status, body) {
    try {
        const parsed = JSON.parse(body);
        const first = parsed.errors?.[0];
        if (first?.code)
            return `${status} ${first.code}${first.message ? `: ${first.message}` : ''}`;
    }
    catch {
        // not a distribution error body; fall through to the status alone
    }
    return `${status}`;
}
const PUSH_HELP = 'GHCR: give the job `permissions: packages: write` and log in with GITHUB_TOKEN (a package first pushed with a personal token must also grant this repository write access under Package settings > Manage Actions access). ' +
    'Azure Container Registry: the identity needs the AcrPush role on the registry. Docker Hub: use an access token with Read & Write scope.';
const PULL_HELP = 'GHCR: give the job `permissions: packages: read`. Azure Container Registry: the identity needs the AcrPull role. Private Docker Hub repositories need a token with Read scope.';
/**
 * Turns a refusal into a message that names the missing permission and where to grant it, instead
 * of the registry's bare `denied`.
 */
function accessError(status, body, access, repository, registry, what) {
    const detail = describeBody(status, body);
    const scope = `repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`;
    const help = access === 'push' ? PUSH_HELP : PULL_HELP;
    switch (status) {
        case 401:
            return new errors/* UserError */.yo(`${registry} refused to ${what} (${detail}): the credentials are missing, wrong or expired, or do not grant ${access} (${scope}). ${help}`);
        case 403:
            return new errors/* UserError */.yo(`${registry} refused to ${what} (${detail}): the credentials are valid but lack the ${access} permission on ${repository}. ${help}`);
        case 405:
            return new errors/* UserError */.yo(`${registry} does not allow writes to ${repository} (${detail}): the repository or tag is locked (Azure Container Registry: \`az acr repository update --name <registry> --image ${repository}:<tag> --write-enabled true\`) or this registry is a read-only mirror.`);
        default:
            return new errors/* UserError */.yo(`${registry} failed to ${what} (${detail}).`);
    }
}

;// CONCATENATED MODULE: ./shared/registry/client.ts



/** Loopback registries speak plain HTTP, as Docker and crane assume; every other registry HTTPS. */
function baseUrl(registry) {
    if (registry === 'docker.io')
        return 'https://registry-1.docker.io';
    const host = registry.replace(/:\d+$/, '');
    const plain = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
    return `${plain ? 'http' : 'https'}://${registry}`;
}
/**
 * An OCI Distribution API client that follows the registry's auth challenge: anonymous first, then
 * Basic, or the Bearer token flow (GHCR, Docker Hub, ACR) with one token per scope, kept for the run.
 */
class RegistryClient {
    options;
    registry;
    base;
    tokens = new Map();
    basicAccepted = false;
    constructor(options) {
        this.options = options;
        this.registry = options.registry;
        this.base = baseUrl(options.registry);
    }
    /** Sends a request, answering one 401 challenge with credentials; the caller reads the status. */
    async request(path, options) {
        const first = await this.send(path, options, this.authorization(options.scope));
        if (first.status !== 401)
            return first;
        const challenge = parseChallenge(first.headers.get('www-authenticate'));
        const retry = challenge && (await this.answer(challenge, options.scope));
        if (!retry)
            return first;
        await first.body?.cancel();
        return this.send(path, options, retry);
    }
    authorization(scope) {
        const token = this.tokens.get(scope);
        if (token)
            return `Bearer ${token}`;
        return this.basicAccepted ? this.basicHeader() : undefined;
    }
    basicHeader() {
        const c = this.options.credentials;
        if (c.kind !== 'basic')
            return undefined;
        return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
    }
    async answer(challenge, scope) {
        if (challenge.scheme === 'basic') {
            this.basicAccepted = true;
            return this.basicHeader();
        }
        const token = await this.fetchToken(challenge, scope);
        this.tokens.set(scope, token);
        return `Bearer ${token}`;
    }
    async send(path, options, authorization) {
        // Upload locations and pagination links may come back absolute.
        const url = /^https?:\/\//.test(path) ? path : `${this.base}${path}`;
        const headers = { ...options.headers };
        if (authorization)
            headers.authorization = authorization;
        try {
            return await fetch(url, {
                method: options.method ?? 'GET',
                headers,
                body: options.body,
                redirect: 'follow',
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
            });
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot reach the registry at ${this.base}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    /**
     * Asks the challenge's realm for a token with the scope this request needs (not the challenge's
     * own scope, which GHCR fills with a placeholder on `/v2/`). A refresh token goes in an OAuth2
     * form POST; a username and password in a Basic GET, which every registry accepts.
     */
    async fetchToken(challenge, scope) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* UserError */.yo(`${this.registry} sent a Bearer challenge without a realm; cannot ask for a token.`);
        const scopes = [scope];
        if (challenge.params.error === 'insufficient_scope' && challenge.params.scope && challenge.params.scope !== scope)
            scopes.push(challenge.params.scope);
        const c = this.options.credentials;
        const response = c.kind === 'identity-token'
            ? await this.postRefreshToken(realm, challenge, scopes, c.token)
            : await this.getToken(realm, challenge, scopes);
        const text = await response.text();
        if (!response.ok) {
            const access = scope.endsWith('push') ? 'push' : 'pull';
            throw accessError(response.status, text, access, scope.split(':')[1] ?? '', this.registry, `issue a token at ${realm}`);
        }
        const body = JSON.parse(text);
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* UserError */.yo(`The token service ${realm} answered without a token (${describeBody(response.status, text)}).`);
        this.options.log.secret(token);
        return token;
    }
    tokenUrl(realm, challenge, scopes) {
        const url = new URL(realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        for (const s of scopes)
            url.searchParams.append('scope', s);
        return url;
    }
    async getToken(realm, challenge, scopes) {
        const basic = this.basicHeader();
        try {
            return await fetch(this.tokenUrl(realm, challenge, scopes), {
                headers: basic ? { authorization: basic } : {},
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
            });
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot reach the token service ${realm}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    async postRefreshToken(realm, challenge, scopes, refreshToken) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            client_id: 'azureml-mlops-tag-image',
        });
        if (challenge.params.service)
            form.set('service', challenge.params.service);
        form.set('scope', scopes.join(' '));
        try {
            return await fetch(realm, {
                method: 'POST',
                body: form,
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
            });
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Cannot reach the token service ${realm}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./shared/registry/credentials.ts



const ANONYMOUS = { kind: 'anonymous' };
/** The keys `docker login` may have used for a registry: bare host, with scheme, and Docker Hub's legacy URL. */
function configKeys(registry) {
    if (registry === 'docker.io')
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/`];
}
/**
 * Reads the credentials `docker login` / docker/login-action stored in `<dir>/config.json` for a
 * registry. Credential helpers are not run (they need the Docker CLI); a registry that uses one gets
 * a warning and anonymous access.
 */
function credentialsFromDockerConfig(dir, registry, log) {
    const file = external_node_path_default().join(dir, 'config.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return ANONYMOUS;
    let config;
    try {
        config = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`The Docker config ${file} is not JSON: ${(0,errors/* errorMessage */.gJ)(error)}`, { file });
    }
    const entry = configKeys(registry)
        .map((k) => config.auths?.[k])
        .find((e) => e !== undefined);
    if (!entry) {
        const helper = config.credHelpers?.[registry] ?? config.credsStore;
        if (helper)
            log.warning(`${file} keeps ${registry} credentials in the '${helper}' credential helper, which tag-image cannot run; pass username and password instead.`);
        return ANONYMOUS;
    }
    const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : undefined;
    const colon = decoded?.indexOf(':') ?? -1;
    const username = entry.username ?? (decoded && colon > 0 ? decoded.slice(0, colon) : '');
    const password = entry.password ?? (decoded && colon > 0 ? decoded.slice(colon + 1) : '');
    if (entry.identitytoken) {
        log.secret(entry.identitytoken);
        return { kind: 'identity-token', username, token: entry.identitytoken };
    }
    if (!username || !password)
        return ANONYMOUS;
    log.secret(password);
    if (entry.auth)
        log.secret(entry.auth);
    return { kind: 'basic', username, password };
}

;// CONCATENATED MODULE: ./shared/registry/image-ref.ts
/**
 * Container image references, parsed the way Docker and containerd read them
 * (github.com/distribution/reference): `[registry[:port]/]repository[:tag][@digest]`.
 *
 * Splitting on the first `:` is the classic bug (Azure/k8s-deploy#2, #132): `reg:5000/app:v1` would
 * match every image of that registry. Here the registry is recognised as Docker does (the first path
 * component holds a `.` or a `:`, or is `localhost`), and Docker Hub short names are normalised so
 * `nginx`, `library/nginx` and `docker.io/library/nginx` are the same repository.
 */

const DOCKER_HUB = 'docker.io';
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const MAX_NAME_LENGTH = 255;
function invalid(text, why) {
    return new errors/* UserError */.yo(`'${text}' is not a valid image reference: ${why}.`);
}
/** Docker's rule: the first component is a registry only if it looks like a host (has `.` or `:`, or is localhost). */
function looksLikeRegistry(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
function splitDigest(text, rest) {
    const at = rest.indexOf('@');
    if (at < 0)
        return { rest };
    const digest = rest.slice(at + 1);
    if (!DIGEST.test(digest))
        throw invalid(text, `digest '${digest}' must look like sha256:<hex>`);
    if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw invalid(text, `a sha256 digest has 64 lower-case hex characters, got '${digest}'`);
    }
    return { rest: rest.slice(0, at), digest };
}
function splitTag(text, rest) {
    // A tag follows the last `:` only if no `/` comes after it; otherwise that `:` was a registry port.
    const colon = rest.lastIndexOf(':');
    if (colon < 0 || rest.indexOf('/', colon) >= 0)
        return { name: rest };
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag))
        throw invalid(text, `tag '${tag}' may hold letters, digits, '_', '.', '-' (at most 128)`);
    return { name: rest.slice(0, colon), tag };
}
function splitRegistry(text, name) {
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    if (slash < 0 || !looksLikeRegistry(first)) {
        return { registry: DOCKER_HUB, repository: name };
    }
    if (!DOMAIN.test(first))
        throw invalid(text, `registry '${first}' is not a host name with an optional port`);
    const registry = first.toLowerCase() === 'index.docker.io' ? DOCKER_HUB : first.toLowerCase();
    return { registry, repository: name.slice(slash + 1) };
}
/** Parses an image reference; throws a `UserError` naming what is wrong with it. */
function parseImageRef(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw invalid(text, 'it is empty');
    const { rest, digest } = splitDigest(trimmed, trimmed);
    const { name, tag } = splitTag(trimmed, rest);
    if (name.length > MAX_NAME_LENGTH)
        throw invalid(text, `the name is longer than ${MAX_NAME_LENGTH} characters`);
    const { registry, repository: path } = splitRegistry(trimmed, name);
    const components = path.split('/');
    for (const c of components) {
        if (c !== c.toLowerCase())
            throw invalid(text, `repository names are lower-case ('${c}')`);
        if (!PATH_COMPONENT.test(c))
            throw invalid(text, `'${c}' is not a valid repository path component`);
    }
    const repository = registry === DOCKER_HUB && components.length === 1 ? `library/${path}` : path;
    return { registry, repository, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
/** Like `parseImageRef`, but `undefined` for text that is not a reference (e.g. a `$(VAR)` placeholder). */
function tryParseImageRef(text) {
    try {
        return parseImageRef(text);
    }
    catch {
        return undefined;
    }
}
/** `registry/repository`, fully qualified: the identity two references must share to be the same image name. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** True when both references name the same repository in the same registry, whatever their tags or digests. */
function sameRepository(a, b) {
    return a.registry === b.registry && a.repository === b.repository;
}
/** Writes a reference back as text: `registry/repository[:tag][@digest]`. */
function formatImageRef(ref, options = {}) {
    let name = repositoryName(ref);
    if (options.familiar && ref.registry === DOCKER_HUB) {
        name = ref.repository.startsWith('library/') ? ref.repository.slice('library/'.length) : ref.repository;
    }
    return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/registry/manifest.ts

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/**
 * Every manifest kind we copy. It must be sent: without `Accept` a registry may down-convert to
 * schema1 or, like distribution without schema1 support, answer 400 MANIFEST_INVALID.
 */
const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ');
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function isIndex(mediaType) {
    return mediaType === MEDIA_TYPES.ociIndex || mediaType === MEDIA_TYPES.dockerList;
}
/** `linux/amd64`, `linux/arm64/v8` for each entry of an index; attestations show as `unknown/unknown`. */
function platformsOf(bytes) {
    const index = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return (index.manifests ?? []).map((m) => [m.platform?.os ?? 'unknown', m.platform?.architecture ?? 'unknown', m.platform?.variant].filter(Boolean).join('/'));
}

;// CONCATENATED MODULE: ./shared/registry/repository.ts



/** The manifest and tag operations on one repository of a registry. */
class Repository {
    client;
    name;
    constructor(client, name) {
        this.client = client;
        this.name = name;
    }
    scope(access) {
        return `repository:${this.name}:${access === 'push' ? 'pull,push' : 'pull'}`;
    }
    async fail(response, access, what) {
        throw accessError(response.status, await response.text(), access, this.name, this.client.registry, what);
    }
    /**
     * Proves push rights before anything is written: opening a blob upload (202) needs exactly the
     * permission a tag write needs, and the session is cancelled straight away.
     */
    async checkPushAccess() {
        const response = await this.client.request(`/v2/${this.name}/blobs/uploads/`, {
            method: 'POST',
            scope: this.scope('push'),
        });
        if (response.status !== 202)
            return this.fail(response, 'push', `open an upload in ${this.name} (push-rights check)`);
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location) {
            const cancel = await this.client.request(location, { method: 'DELETE', scope: this.scope('push') });
            await cancel.body?.cancel();
        }
    }
    /** Fetches a manifest by tag or digest, keeping its bytes and media type, and checks its digest. */
    async getManifest(reference) {
        const response = await this.client.request(`/v2/${this.name}/manifests/${reference}`, {
            scope: this.scope('pull'),
            headers: { accept: MANIFEST_ACCEPT },
        });
        if (response.status === 404) {
            throw new errors/* UserError */.yo(`${this.client.registry}/${this.name}:${reference} does not exist (${describeBody(404, await response.text())}); check the source input.`);
        }
        if (!response.ok)
            return this.fail(response, 'pull', `read the manifest ${this.name}:${reference}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const digest = sha256Digest(bytes);
        const claimed = response.headers.get('docker-content-digest');
        if ((claimed && claimed !== digest) || (reference.startsWith('sha256:') && reference !== digest)) {
            throw new errors/* UserError */.yo(`${this.client.registry}/${this.name}:${reference} came back with digest ${digest}, not ${claimed ?? reference}; refusing to copy it.`);
        }
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
        return { bytes, mediaType, digest };
    }
    /** The digest a tag points at, or undefined when the tag does not exist; a HEAD is not a pull on Docker Hub. */
    async digestOf(reference, access = 'pull') {
        const response = await this.client.request(`/v2/${this.name}/manifests/${reference}`, {
            method: 'HEAD',
            scope: this.scope(access),
            headers: { accept: MANIFEST_ACCEPT },
        });
        if (response.status === 404)
            return undefined;
        if (!response.ok)
            return this.fail(response, access, `read the tag ${this.name}:${reference}`);
        return response.headers.get('docker-content-digest') ?? (await this.getManifest(reference)).digest;
    }
    /** Writes the manifest's exact bytes under a tag and checks the digest the registry computed. */
    async putManifest(tag, manifest) {
        const response = await this.client.request(`/v2/${this.name}/manifests/${tag}`, {
            method: 'PUT',
            scope: this.scope('push'),
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
        });
        if (response.status !== 201)
            return this.fail(response, 'push', `write the tag ${this.name}:${tag}`);
        await response.body?.cancel();
        const digest = response.headers.get('docker-content-digest');
        if (digest && digest !== manifest.digest) {
            throw new errors/* UserError */.yo(`${this.client.registry} stored ${this.name}:${tag} as ${digest}, not the source digest ${manifest.digest}.`);
        }
    }
    /** Every tag of the repository, following `Link` pagination; an empty repository has none. */
    async listTags() {
        const tags = [];
        let next = `/v2/${this.name}/tags/list?n=1000`;
        while (next) {
            const response = await this.client.request(next, { scope: this.scope('pull') });
            if (response.status === 404)
                return tags;
            if (!response.ok)
                return this.fail(response, 'pull', `list the tags of ${this.name}`);
            const body = (await response.json());
            tags.push(...(body.tags ?? []));
            next = /<([^>]+)>;\s*rel="?next"?/.exec(response.headers.get('link') ?? '')?.[1];
        }
        return tags;
    }
}

;// CONCATENATED MODULE: ./shared/registry/image-config.ts
/**
 * An image's labels read from the registry without pulling it: the manifest (for an index, the linux/amd64
 * entry, else the first), then its config blob, whose `config.Labels` are what `docker inspect` shows.
 */







/** linux/amd64 when the index has it (what most clusters run), else the first entry. */
function pickPlatform(entries) {
    return entries.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ?? entries[0];
}
const parse = (bytes) => JSON.parse(Buffer.from(bytes).toString('utf8'));
/**
 * Reads images from their registries, signed in with what `docker login` or docker/login-action stored in
 * `<dockerConfigDir>/config.json` for each registry, else anonymously; one client (and its tokens) per registry.
 */
function imageConfigReader(dockerConfigDir, log) {
    const clients = new Map();
    return async (ref) => {
        let client = clients.get(ref.registry);
        if (!client) {
            const credentials = credentialsFromDockerConfig(dockerConfigDir, ref.registry, log);
            client = new RegistryClient({ registry: ref.registry, credentials, log, timeoutMs: 15_000 });
            clients.set(ref.registry, client);
        }
        return readImageConfig(client, ref);
    };
}
async function readImageConfig(client, ref) {
    const repository = new Repository(client, ref.repository);
    const reference = ref.digest ?? ref.tag ?? 'latest';
    const top = await repository.getManifest(reference);
    let manifest = top;
    let platform;
    if (isIndex(top.mediaType)) {
        const entry = pickPlatform(parse(top.bytes).manifests ?? []);
        if (!entry)
            throw new errors/* UserError */.yo(`${formatImageRef(ref)} is an image index with no manifests.`);
        platform = [entry.platform?.os, entry.platform?.architecture, entry.platform?.variant].filter(Boolean).join('/');
        manifest = await repository.getManifest(entry.digest);
    }
    const configDigest = parse(manifest.bytes).config?.digest;
    if (!configDigest)
        throw new errors/* UserError */.yo(`${formatImageRef(ref)} has a manifest without a config blob.`);
    const blob = await getBlob(client, repository.name, configDigest);
    const config = parse(blob);
    return {
        digest: top.digest,
        ...(manifest !== top ? { platformDigest: manifest.digest, platform } : {}),
        labels: { ...(config.config?.Labels ?? {}) },
    };
}
/** A blob by digest, checked against it (the registry may redirect to storage; fetch follows). */
async function getBlob(client, repository, digest) {
    const response = await client.request(`/v2/${repository}/blobs/${digest}`, {
        scope: `repository:${repository}:pull`,
        headers: { accept: MANIFEST_ACCEPT },
    });
    if (!response.ok)
        throw accessError(response.status, await response.text(), 'pull', repository, client.registry, `read blob ${digest}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (sha256Digest(bytes) !== digest)
        throw new errors/* UserError */.yo(`${client.registry}/${repository} blob ${digest} came back with other content.`);
    return bytes;
}

;// CONCATENATED MODULE: ./shared/k8s/image-lineage.ts
/**
 * What a deploy records about where its image came from. The image's own labels (written by tag-image when it
 * was built) are the truth: a promote deploys an image built at an earlier commit, from a later run, and must
 * not rewrite its commit. The deploying run is recorded beside it (`deployed-by-run`, `deployed-by-commit`).
 */




/** Labels from the registry without a pull (see `imageConfigReader`). */
function registryLabelReader(dockerConfigDir, log) {
    const read = imageConfigReader(dockerConfigDir, log);
    return async (ref) => (await read(ref)).labels;
}
/** The facts an image can say about itself, and which of them a deploy takes from it over its inputs. */
const FROM_IMAGE = [
    'commit',
    'buildRun',
    'modelName',
    'modelVersion',
    'trainingJob',
    'trainingCommit',
    'trainingRun',
];
/** The first image whose labels carry any lineage: a workload's other images (sidecars) are not the model's. */
async function imageLineage(inputs) {
    if (!inputs.readLabels)
        return undefined;
    for (const ref of inputs.images) {
        let labels;
        try {
            labels = await inputs.readLabels(ref);
        }
        catch (error) {
            inputs.log.warning(`Could not read the labels of ${formatImageRef(ref)} (${(0,errors/* errorMessage */.gJ)(error)}); its lineage comes from the inputs and this run.`);
            continue;
        }
        const facts = readLineage('oci', labels);
        if (Object.keys(facts).length)
            return { ref, facts };
    }
    return undefined;
}
/** The lineage to annotate: the image's facts where it has them, else the inputs', else this run's commit. */
async function deployLineage(inputs) {
    const { given, run, log } = inputs;
    const found = await imageLineage(inputs);
    const merged = { ...given };
    if (found) {
        const what = formatImageRef(found.ref);
        for (const key of FROM_IMAGE) {
            const value = found.facts[key];
            if (!value)
                continue;
            if (given[key] && given[key] !== value)
                log.warning(`${key}: the input says '${given[key]}', but ${what} was labelled '${value}'; the image's label wins.`);
            merged[key] = value;
        }
        if (found.facts.dataInputs?.length)
            merged.dataInputs = found.facts.dataInputs;
        log.info(`Lineage of ${what}: commit ${found.facts.commit ?? '-'}, model ${found.facts.modelName ?? '-'}:${found.facts.modelVersion ?? '-'}, training job ${found.facts.trainingJob ?? '-'}.`);
    }
    // Built and deployed in one run (or an image without labels): the run's commit is the best there is.
    if (!merged.commit && run.commit) {
        merged.commit = run.commit;
        if (inputs.readLabels && inputs.images.length)
            log.info(`No image carries ${OCI_REVISION}; the commit annotation is this run's.`);
    }
    return { ...merged, deployedByRun: run.url, deployedByCommit: run.commit };
}

;// CONCATENATED MODULE: ./shared/k8s/render.ts
/**
 * Manifest edits as pure functions over parsed objects: each takes an object and returns a new one.
 * `renderManifests` chains them: image substitution by repository, lineage env vars and annotations,
 * and the namespace where a namespaced object has none.
 */




/**
 * Where traceability lives on the applied objects (`azureml-mlops.github.io/<key>`, shared/lineage/keys.ts);
 * readable with `kubectl get -o yaml`, no GitHub API needed.
 */
const ANNOTATION_PREFIX = K8S_PREFIX;
/** Kinds that are never namespaced; everything else gets the target namespace when it names none. */
const CLUSTER_SCOPED = new Set([
    'Namespace',
    'Node',
    'PersistentVolume',
    'StorageClass',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'PriorityClass',
    'IngressClass',
    'RuntimeClass',
    'APIService',
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration',
]);
/** The pod templates inside an object (mutable views into it), for the kinds that run containers. */
function podTemplatesOf(object) {
    const spec = object.spec;
    if (!spec)
        return [];
    if (object.kind === 'Pod')
        return [{ metadata: object.metadata, spec: spec }];
    if (object.kind === 'CronJob') {
        const job = spec.jobTemplate?.spec;
        return job?.template?.spec ? [job.template] : [];
    }
    const template = spec.template;
    return template?.spec?.containers ? [template] : [];
}
function containersOf(template) {
    return [...(template.spec.initContainers ?? []), ...(template.spec.containers ?? [])];
}
/** Parses the `images` input: full references with a tag or digest, at most one per repository. */
function parseImageInputs(lines) {
    const problems = [];
    const refs = [];
    for (const line of lines) {
        try {
            const ref = parseImageRef(line);
            if (ref.tag === undefined && ref.digest === undefined) {
                problems.push({ message: `Image '${line}' has neither tag nor digest; give the exact version to deploy.` });
            }
            else if (refs.some((r) => sameRepository(r, ref))) {
                problems.push({ message: `Image '${line}' repeats a repository already listed in 'images'.` });
            }
            else
                refs.push(ref);
        }
        catch (error) {
            problems.push({ message: error.message });
        }
    }
    if (problems.length)
        throw new errors/* ValidationError */.yI(problems, "Input 'images' is invalid; nothing was applied");
    return refs;
}
/** Replaces the image of every container whose image names the same repository as one of `images`. */
function substituteImages(object, images) {
    const copy = structuredClone(object);
    const replacements = [];
    for (const template of podTemplatesOf(copy)) {
        for (const container of containersOf(template)) {
            const current = container.image === undefined ? undefined : tryParseImageRef(container.image);
            const match = current && images.find((ref) => sameRepository(ref, current));
            if (!match || !container.image)
                continue;
            const to = formatImageRef(match);
            replacements.push({ object: describeObject(copy), container: container.name, from: container.image, to });
            container.image = to;
        }
    }
    return { object: copy, replacements };
}
/**
 * Sets `vars` in every container of a workload. A variable the manifest already declares is replaced, not
 * added again: Kubernetes keeps the last duplicate, which hides the mistake instead of reporting it.
 */
function injectEnv(object, vars) {
    const entries = Object.entries(vars).filter(([, v]) => v !== '');
    if (!isWorkload(object) || !entries.length)
        return object;
    const setting = new Set(entries.map(([name]) => name));
    const copy = structuredClone(object);
    for (const template of podTemplatesOf(copy)) {
        for (const container of template.spec.containers) {
            const env = (container.env ?? []).filter((e) => !setting.has(e.name));
            container.env = [...env, ...entries.map(([name, value]) => ({ name, value }))];
        }
    }
    return copy;
}
/** The lineage annotations for one workload, naming the images its containers run. */
function lineageAnnotations(object, lineage) {
    const images = podTemplatesOf(object)
        .flatMap((t) => t.spec.containers)
        .map((c) => `${c.name}=${c.image ?? ''}`)
        .join(',');
    return lineageEntries('k8s', { ...lineage, images });
}
/** Adds `annotations` to a workload and to its pod template (so each ReplicaSet and pod carries them too). */
function annotate(object, annotations) {
    if (!isWorkload(object))
        return object;
    const copy = structuredClone(object);
    copy.metadata.annotations = { ...copy.metadata.annotations, ...annotations };
    for (const template of podTemplatesOf(copy)) {
        template.metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, ...annotations } };
    }
    return copy;
}
/** Puts a namespaced object in `namespace` when its manifest names none. */
function withNamespace(object, namespace) {
    if (CLUSTER_SCOPED.has(object.kind) || object.metadata.namespace)
        return object;
    return { ...object, metadata: { ...object.metadata, namespace } };
}
/** The env vars that carry the lineage into the running container, then the user's own lines. */
function lineageEnv(lineage, extra) {
    return {
        MODEL_NAME: lineage.modelName ?? '',
        MODEL_VERSION: lineage.modelVersion ?? '',
        API_VERSION: lineage.apiVersion ?? '',
        GIT_SHA: lineage.commit ?? '',
        ...extra,
    };
}
/** Renders every manifest; an `images` entry that matched no container is an error, since it would deploy nothing. */
function renderManifests(manifests, options) {
    const invalidEnv = Object.keys(options.env).filter((name) => !ENV_VAR_NAME.test(name));
    if (invalidEnv.length)
        throw new errors/* ValidationError */.yI(invalidEnv.map((name) => ({ message: `Input 'env': '${name}' ${ENV_VAR_RULE}.` })), "Input 'env' names variables Kubernetes refuses; nothing was applied");
    const env = lineageEnv(options.lineage, options.env);
    const replacements = [];
    const rendered = manifests.map(({ object, source }) => {
        const substituted = substituteImages(object, options.images);
        replacements.push(...substituted.replacements);
        let out = withNamespace(substituted.object, options.namespace);
        out = injectEnv(out, env);
        out = annotate(out, lineageAnnotations(out, options.lineage));
        return { object: out, source };
    });
    const invalid = rendered.flatMap((m) => objectNameProblems(m, options.namespace));
    if (invalid.length)
        throw new errors/* ValidationError */.yI(invalid, `${invalid.length} name(s) the API server would refuse; nothing was applied`);
    const unmatched = options.images.filter((ref) => !replacements.some((r) => sameRepository(parseImageRef(r.to), ref)));
    if (unmatched.length) {
        const containers = manifests.flatMap(({ object }) => podTemplatesOf(object).flatMap((t) => containersOf(t).map((c) => c.image ?? '')));
        throw new errors/* ValidationError */.yI(unmatched.map((ref) => ({
            message: `Image '${formatImageRef(ref)}' matches no container image in the manifests (they use: ${[...new Set(containers)].join(', ') || 'none'}).`,
        })), "Some 'images' entries match no container; nothing was applied");
    }
    return { manifests: rendered, replacements };
}
/** RFC 1123 label: namespaces, Services, container names (the API server's `IsDNS1123Label`). */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1123 subdomain: the names of most other objects (`IsDNS1123Subdomain`). */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Kinds whose names must be labels: they become DNS names or path segments of their own. */
const LABEL_NAMED_KINDS = new Set(['Namespace', 'Service']);
/** The API server's `IsEnvVarName`. */
const ENV_VAR_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const ENV_VAR_RULE = "is not a valid environment variable name: letters, digits, '_', '-' or '.', not starting with a digit";
function labelProblem(value) {
    if (value.length > 63)
        return `is longer than 63 characters`;
    return DNS1123_LABEL.test(value)
        ? undefined
        : "is not a valid RFC 1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit";
}
function subdomainProblem(value) {
    if (value.length > 253)
        return `is longer than 253 characters`;
    return DNS1123_SUBDOMAIN.test(value)
        ? undefined
        : "is not a valid RFC 1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
}
/**
 * What server-side apply (and its dry run) would refuse in a rendered object's names: its name and namespace,
 * its containers' names and env var names. Checked before the first request, so nothing is half-applied.
 */
function objectNameProblems({ object, source }, targetNamespace) {
    const problems = [];
    const add = (message) => problems.push({ message, location: source });
    const what = describeObject(object);
    const name = String(object.metadata.name);
    const nameWrong = LABEL_NAMED_KINDS.has(object.kind) ? labelProblem(name) : subdomainProblem(name);
    if (nameWrong)
        add(`${what}: name '${name}' ${nameWrong}.`);
    const namespace = object.metadata.namespace;
    if (typeof namespace === 'string') {
        const wrong = labelProblem(namespace);
        const from = namespace === targetNamespace ? " (input 'namespace' or the kubeconfig context)" : '';
        if (wrong)
            add(`${what}: namespace '${namespace}'${from} ${wrong}.`);
    }
    for (const template of podTemplatesOf(object)) {
        for (const container of containersOf(template)) {
            const wrong = labelProblem(String(container.name ?? ''));
            if (wrong)
                add(`${what}: container name '${String(container.name ?? '')}' ${wrong}.`);
            for (const variable of container.env ?? [])
                if (!ENV_VAR_NAME.test(String(variable.name)))
                    add(`${what}: container '${container.name}': env '${String(variable.name)}' ${ENV_VAR_RULE}.`);
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./shared/k8s/kube-api-error.ts
var kube_api_error = __webpack_require__(48082);
;// CONCATENATED MODULE: ./shared/k8s/apply.ts
/**
 * Applies rendered manifests with server-side apply: first all of them as a server dry run, so a rejected
 * object stops the deploy before anything changed, then for real, in dependency order.
 */



const FIELD_MANAGER = 'mlops-k8s-deploy';
/** Namespaces and definitions first, then what workloads read, then workloads, then what routes to them. */
const KIND_ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'ServiceAccount',
    'Role',
    'ClusterRole',
    'RoleBinding',
    'ClusterRoleBinding',
    'ConfigMap',
    'Secret',
    'PersistentVolumeClaim',
    'Service',
];
const LAST = ['Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'];
function rank(kind) {
    const i = KIND_ORDER.indexOf(kind);
    if (i >= 0)
        return i;
    return LAST.includes(kind) ? KIND_ORDER.length + 1 : KIND_ORDER.length;
}
function applyOrder(manifests) {
    return manifests
        .map((m, i) => ({ m, i }))
        .sort((a, b) => rank(a.m.object.kind) - rank(b.m.object.kind) || a.i - b.i)
        .map((x) => x.m);
}
function explain(error, object) {
    if (!(error instanceof kube_api_error/* KubeApiError */.W))
        throw error;
    if (error.status === 409 && error.reason === 'Conflict') {
        return `${error.message}. Another field manager owns these fields; set 'force-conflicts: true' to take them over (e.g. after a kubectl apply).`;
    }
    return `${describeObject(object)} was rejected (${error.status} ${error.reason}): ${error.message}`;
}
/** Namespaces created by this same deploy do not exist yet during the dry run; objects in them cannot be checked. */
function inNewNamespace(error, object, created) {
    return error instanceof kube_api_error/* KubeApiError */.W && error.status === 404 && created.has(object.metadata.namespace ?? '');
}
async function dryRunAll(client, manifests, options) {
    const problems = [];
    const newNamespaces = new Set();
    for (const { object, source } of manifests) {
        try {
            await client.apply(object, { fieldManager: FIELD_MANAGER, force: options.force, dryRun: true });
        }
        catch (error) {
            if (inNewNamespace(error, object, newNamespaces))
                continue;
            problems.push({ message: explain(error, object), location: source });
        }
        if (object.kind === 'Namespace')
            newNamespaces.add(object.metadata.name ?? '');
    }
    if (problems.length)
        throw new errors/* ValidationError */.yI(problems, `The API server rejected ${problems.length} object(s) in a dry run; nothing was applied`);
}
/** Applies every manifest (dry run first); returns the objects as the server stored them, in apply order. */
async function applyAll(client, manifests, options) {
    const ordered = applyOrder(manifests);
    await options.log.group(`Server-side dry run of ${ordered.length} object(s)`, () => dryRunAll(client, ordered, options));
    return options.log.group(`Applying ${ordered.length} object(s) as field manager '${FIELD_MANAGER}'`, async () => {
        const applied = [];
        for (const { object, source } of ordered) {
            try {
                const stored = await client.apply(object, { fieldManager: FIELD_MANAGER, force: options.force, dryRun: false });
                options.log.info(`${describeObject(stored)} applied${stored.metadata.namespace ? ` in ${stored.metadata.namespace}` : ''}`);
                applied.push(stored);
            }
            catch (error) {
                throw new errors/* UserError */.yo(`${explain(error, object)} (${applied.length} object(s) were applied before it)`, source);
            }
        }
        return applied;
    });
}

;// CONCATENATED MODULE: ./shared/k8s/diagnostics.ts
/**
 * What a user needs to see when a rollout fails: the workload's recent events, the failing pods' reasons,
 * and the last log lines of containers that crashed.
 */


const RECENT_EVENTS = 15;
const LOG_LINES = 20;
/** client-node turns timestamps into Dates; a raw API response has strings. Both sort as ISO text. */
function eventTime(e) {
    const t = e.lastTimestamp ?? e.eventTime;
    return t instanceof Date ? t.toISOString() : String(t ?? '');
}
function formatEvent(e) {
    const count = e.count && e.count > 1 ? ` (x${e.count})` : '';
    const on = `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`;
    return `${e.type ?? 'Normal'} ${e.reason ?? ''} ${on}: ${e.message ?? ''}${count}`;
}
/** Prints events and pod reasons; never throws, since it runs while reporting another failure. */
async function printDiagnostics(client, failure, log) {
    const namespace = failure.workload.metadata.namespace ?? 'default';
    await log.group(`Why ${describeObject(failure.workload)} failed`, async () => {
        const names = [failure.workload.metadata.name ?? '', ...new Set(failure.problems.map((p) => p.pod))];
        try {
            const events = (await Promise.all(names.map((n) => client.listEvents(namespace, n)))).flat();
            events.sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
            log.info(events.length ? 'Recent events:' : 'No events recorded.');
            for (const e of events.slice(-RECENT_EVENTS))
                log.info(`  ${formatEvent(e)}`);
        }
        catch (error) {
            log.warning(`Could not list events: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        for (const p of failure.problems) {
            log.error(`pod ${p.pod}${p.container ? ` container ${p.container}` : ''}: ${p.reason}: ${p.message}`);
            if (!p.crashed || !p.container)
                continue;
            try {
                const text = await client.podLog(namespace, p.pod, p.container, LOG_LINES);
                log.info(`Last log lines of ${p.pod}/${p.container} before it crashed:\n${text.trimEnd()}`);
            }
            catch (error) {
                log.warning(`Could not read the logs of ${p.pod}/${p.container}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
    });
}

;// CONCATENATED MODULE: ./shared/k8s/pod-health.ts
/**
 * Finds pods that will not become ready however long we wait, so a bad rollout fails in seconds instead
 * of at the deadline. Pure: pods in, problems out.
 */

/** Waiting reasons the kubelet only reports after retrying: the pod is stuck until its spec changes. */
const STUCK_WAITING = new Set([
    'ImagePullBackOff',
    'ErrImageNeverPull',
    'InvalidImageName',
    'CrashLoopBackOff',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
]);
function containerProblem(pod, status) {
    const waiting = status.state?.waiting;
    const lastTerminated = status.lastState?.terminated ?? status.state?.terminated;
    if (lastTerminated?.reason === 'OOMKilled') {
        return {
            pod,
            container: status.name,
            reason: 'OOMKilled',
            message: `container ran out of memory (restarts: ${status.restartCount ?? 0}); raise its memory limit`,
            crashed: true,
        };
    }
    if (waiting?.reason && STUCK_WAITING.has(waiting.reason)) {
        const exit = lastTerminated?.exitCode !== undefined ? ` (last exit code ${lastTerminated.exitCode})` : '';
        return {
            pod,
            container: status.name,
            reason: waiting.reason,
            message: `${waiting.message ?? waiting.reason}${exit}`,
            crashed: waiting.reason === 'CrashLoopBackOff',
        };
    }
    return undefined;
}
/** The first problem of each pod: stuck containers, then a pod the scheduler cannot place (e.g. no GPU node). */
function podProblems(pods) {
    const problems = [];
    for (const pod of pods) {
        const name = pod.metadata.name ?? '?';
        const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
        const stuck = statuses.map((s) => containerProblem(name, s)).find((p) => p !== undefined);
        if (stuck) {
            problems.push(stuck);
            continue;
        }
        const scheduled = conditionOf(pod.status?.conditions, 'PodScheduled');
        if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
            problems.push({
                pod: name,
                reason: 'Unschedulable',
                message: scheduled.message ?? 'no node fits the pod',
                crashed: false,
            });
        }
    }
    return problems;
}
/** `repo@sha256:...` from a running container's imageID (what the node actually pulled), if it names one. */
function digestOf(status) {
    return /(sha256:[a-f0-9]{64})/.exec(status.imageID ?? '')?.[1];
}

;// CONCATENATED MODULE: ./shared/k8s/workload-pods.ts

const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
function revisionOf(o) {
    return Number(o.metadata.annotations?.[REVISION_ANNOTATION] ?? 0);
}
/** The ReplicaSets a Deployment controls, oldest revision first. */
async function replicaSetsOf(client, deployment) {
    const namespace = deployment.metadata.namespace ?? 'default';
    const sets = await client.listReplicaSets(namespace, formatLabelSelector(deployment.spec.selector));
    return sets
        .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === deployment.metadata.uid))
        .sort((a, b) => revisionOf(a) - revisionOf(b));
}
/** The pods running the workload's current template (for a Deployment: its newest ReplicaSet's pods). */
async function currentPods(client, workload) {
    const namespace = workload.metadata.namespace ?? 'default';
    const selector = formatLabelSelector(workload.spec.selector);
    if (!selector)
        return [];
    if (workload.kind === 'Deployment') {
        const sets = await replicaSetsOf(client, workload);
        const current = sets.find((rs) => revisionOf(rs) === revisionOf(workload)) ?? sets.at(-1);
        const hash = current?.metadata.labels?.['pod-template-hash'];
        if (!hash)
            return [];
        return client.listPods(namespace, `${selector},pod-template-hash=${hash}`);
    }
    const pods = await client.listPods(namespace, selector);
    const revision = workload.kind === 'StatefulSet' ? workload.status?.updateRevision : undefined;
    return revision ? pods.filter((p) => p.metadata.labels?.['controller-revision-hash'] === revision) : pods;
}

;// CONCATENATED MODULE: ./shared/k8s/rollback.ts




/** The lineage annotations of the revision we go back to, so the workload says what it runs again. */
function restoredAnnotations(applied, previous, fromRevision) {
    // A revision deployed by the previous release carries the old prefix: it is restored as it was.
    const ours = (key) => key.startsWith(`${ANNOTATION_PREFIX}/`) || key.startsWith(`${LEGACY_K8S_PREFIX}/`);
    const own = (annotations) => Object.entries(annotations ?? {}).filter(([k]) => ours(k));
    return Object.fromEntries([
        ...Object.entries(applied.metadata.annotations ?? {}).filter(([k]) => !ours(k)),
        ...own(previous.spec.template.metadata?.annotations),
        [`${ANNOTATION_PREFIX}/rolled-back-from-revision`, String(fromRevision)],
    ]);
}
/**
 * Rolls `deployment` (as read from the server) back; `applied` is the configuration this deploy applied,
 * re-applied with the previous template so every other field we own stays as it is.
 */
async function rollbackDeployment(client, deployment, applied, fieldManager) {
    if (deployment.kind !== 'Deployment') {
        return {
            rolledBack: false,
            reason: `${describeObject(deployment)} is not a Deployment; only Deployments are rolled back`,
        };
    }
    const current = revisionOf(deployment);
    const previous = (await replicaSetsOf(client, deployment)).filter((rs) => revisionOf(rs) < current).at(-1);
    if (!previous) {
        return {
            rolledBack: false,
            reason: `${describeObject(deployment)} has no earlier revision (this was its first rollout)`,
        };
    }
    const template = structuredClone(previous.spec.template);
    // The controller adds this label to each ReplicaSet's copy; it is not part of the Deployment's template.
    if (template.metadata?.labels)
        delete template.metadata.labels['pod-template-hash'];
    const restored = {
        ...applied,
        metadata: { ...applied.metadata, annotations: restoredAnnotations(applied, previous, current) },
        spec: { ...applied.spec, template },
    };
    const workload = (await client.apply(restored, { fieldManager, force: true, dryRun: false }));
    return { rolledBack: true, workload, toRevision: revisionOf(previous), fromRevision: current };
}

;// CONCATENATED MODULE: ./shared/k8s/rollout-status.ts
/**
 * Judges one workload's rollout from its status, the way `kubectl rollout status` does
 * (kubectl/pkg/polymorphichelpers/rollout_status.go), plus Jobs, which kubectl does not watch.
 * Pure: a status object in, a verdict out.
 */

const done = (message) => ({ state: 'done', message });
const waiting = (message) => ({ state: 'waiting', message });
const failed = (message) => ({ state: 'failed', message });
function deploymentVerdict(w) {
    const name = w.metadata.name;
    const status = w.status ?? {};
    if ((w.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
        return waiting('Waiting for deployment spec update to be observed...');
    }
    const progressing = conditionOf(status.conditions, 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
        return failed(`deployment "${name}" exceeded its progress deadline`);
    }
    const updated = status.updatedReplicas ?? 0;
    const replicas = status.replicas ?? 0;
    const available = status.availableReplicas ?? 0;
    if (w.spec.replicas !== undefined && updated < w.spec.replicas) {
        return waiting(`Waiting for deployment "${name}" rollout to finish: ${updated} out of ${w.spec.replicas} new replicas have been updated...`);
    }
    if (replicas > updated) {
        return waiting(`Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...`);
    }
    if (available < updated) {
        return waiting(`Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`);
    }
    return done(`deployment "${name}" successfully rolled out`);
}
/** The API server defaults updateStrategy to RollingUpdate; only an explicit OnDelete cannot be watched. */
function onDelete(w) {
    return (w.spec.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate';
}
function daemonSetVerdict(w) {
    const name = w.metadata.name;
    const status = w.status ?? {};
    if (onDelete(w))
        return failed('rollout status is only available for RollingUpdate strategy type');
    if ((w.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
        return waiting('Waiting for daemon set spec update to be observed...');
    }
    const desired = status.desiredNumberScheduled ?? 0;
    const updated = status.updatedNumberScheduled ?? 0;
    const available = status.numberAvailable ?? 0;
    if (updated < desired) {
        return waiting(`Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...`);
    }
    if (available < desired) {
        return waiting(`Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...`);
    }
    return done(`daemon set "${name}" successfully rolled out`);
}
function statefulSetVerdict(w) {
    const status = w.status ?? {};
    if (onDelete(w))
        return failed('rollout status is only available for RollingUpdate strategy type');
    const observed = status.observedGeneration ?? 0;
    if (observed === 0 || (w.metadata.generation ?? 0) > observed) {
        return waiting('Waiting for statefulset spec update to be observed...');
    }
    const ready = status.readyReplicas ?? 0;
    if (w.spec.replicas !== undefined && ready < w.spec.replicas) {
        return waiting(`Waiting for ${w.spec.replicas - ready} pods to be ready...`);
    }
    const partition = w.spec.updateStrategy?.rollingUpdate?.partition;
    if (partition !== undefined && w.spec.replicas !== undefined) {
        const updated = status.updatedReplicas ?? 0;
        if (updated < w.spec.replicas - partition) {
            return waiting(`Waiting for partitioned roll out to finish: ${updated} out of ${w.spec.replicas - partition} new pods have been updated...`);
        }
        return done(`partitioned roll out complete: ${updated} new pods have been updated...`);
    }
    if (status.updateRevision !== status.currentRevision) {
        return waiting(`waiting for statefulset rolling update to complete ${status.updatedReplicas ?? 0} pods at revision ${status.updateRevision}...`);
    }
    return done(`statefulset rolling update complete ${ready} pods at revision ${status.currentRevision ?? '?'}...`);
}
/** A Job is done when Complete, failed when Failed (its backoffLimit or deadline was reached). */
function jobVerdict(w) {
    const name = w.metadata.name;
    const status = w.status ?? {};
    const failedCondition = conditionOf(status.conditions, 'Failed');
    if (failedCondition?.status === 'True') {
        return failed(`job "${name}" failed: ${failedCondition.reason ?? ''} ${failedCondition.message ?? ''}`.trim());
    }
    if (conditionOf(status.conditions, 'Complete')?.status === 'True')
        return done(`job "${name}" completed`);
    const completions = w.spec.completions ?? 1;
    return waiting(`Waiting for job "${name}" to complete: ${status.succeeded ?? 0} of ${completions} completions...`);
}
function rolloutVerdict(workload) {
    switch (workload.kind) {
        case 'Deployment':
            return deploymentVerdict(workload);
        case 'DaemonSet':
            return daemonSetVerdict(workload);
        case 'StatefulSet':
            return statefulSetVerdict(workload);
        case 'Job':
            return jobVerdict(workload);
    }
}

;// CONCATENATED MODULE: ./shared/k8s/rollout.ts




const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** Polls one workload; returns a failure when it can no longer succeed. */
async function poll(client, entry, log) {
    const { metadata, apiVersion, kind } = entry.workload;
    const live = await client.get({
        apiVersion,
        kind,
        name: metadata.name ?? '',
        namespace: metadata.namespace,
    });
    if (!live)
        return {
            workload: entry.workload,
            message: `${describeObject(entry.workload)} was deleted during its rollout`,
            problems: [],
            timedOut: false,
        };
    entry.workload = live;
    const verdict = rolloutVerdict(live);
    if (verdict.message !== entry.lastMessage)
        log.info(`${describeObject(live)}: ${verdict.message}`);
    entry.lastMessage = verdict.message;
    if (verdict.state === 'failed')
        return { workload: live, message: verdict.message, problems: [], timedOut: false };
    if (verdict.state === 'done') {
        entry.done = true;
        return undefined;
    }
    const problems = podProblems(await currentPods(client, live));
    if (!problems.length)
        return undefined;
    const first = problems[0];
    const where = first.container ? `pod ${first.pod}, container ${first.container}` : `pod ${first.pod}`;
    return { workload: live, message: `${first.reason} (${where}): ${first.message}`, problems, timedOut: false };
}
async function awaitRollouts(client, workloads, options) {
    const clock = options.clock ?? systemClock;
    const { first, max } = options.pollMs ?? { first: 250, max: 5000 };
    const tracked = workloads.map((workload) => ({ workload, done: false, lastMessage: '' }));
    const report = (failure) => ({ workloads: tracked.map((t) => t.workload), failure });
    let interval = first;
    for (;;) {
        for (const entry of tracked.filter((t) => !t.done)) {
            const failure = await poll(client, entry, options.log);
            if (failure)
                return report(failure);
        }
        const pending = tracked.filter((t) => !t.done);
        if (!pending.length)
            return report();
        const left = options.deadline - clock.now();
        if (left <= 0) {
            const stuck = pending[0];
            const waitingFor = pending.map((t) => `${describeObject(t.workload)} (${t.lastMessage})`).join('; ');
            return report({
                workload: stuck.workload,
                message: `timed out waiting for ${waitingFor}`,
                problems: [],
                timedOut: true,
            });
        }
        await clock.sleep(Math.min(interval, left));
        interval = Math.min(interval * 2, max);
    }
}

;// CONCATENATED MODULE: ./shared/k8s/basic-strategy.ts
/**
 * The `basic` strategy: apply everything, wait for every rollout under one deadline, and on failure print
 * why and roll the Deployments back to their previous revision.
 */








function resourceOf(o) {
    return { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name ?? '', namespace: o.metadata.namespace };
}
async function imagesOf(client, workload) {
    const pods = await currentPods(client, workload);
    const statuses = pods.flatMap((p) => p.status?.containerStatuses ?? []);
    return workload.spec.template.spec.containers.map((c) => {
        const digest = statuses.map((s) => (s.name === c.name ? digestOf(s) : undefined)).find(Boolean);
        return { workload: describeObject(workload), container: c.name, image: c.image ?? '', ...(digest && { digest }) };
    });
}
function sameObject(a, b) {
    return a.kind === b.kind && a.metadata.name === b.metadata.name && a.metadata.namespace === b.metadata.namespace;
}
/** Rolls back what can be and waits for it. */
async function rollBackAndWait(workloads, manifests, context) {
    const clock = context.clock ?? systemClock;
    const sentences = [];
    const rolledBack = [];
    for (const w of workloads) {
        const applied = manifests.find((m) => sameObject(m.object, w))?.object ?? w;
        const outcome = await rollbackDeployment(context.client, w, applied, FIELD_MANAGER);
        if (outcome.rolledBack) {
            context.log.warning(`Rolling ${describeObject(w)} back from revision ${outcome.fromRevision} to revision ${outcome.toRevision}.`);
            sentences.push(`${describeObject(w)} was rolled back to revision ${outcome.toRevision}`);
            rolledBack.push(outcome.workload);
        }
        else if (w.kind === 'Deployment') {
            sentences.push(`${outcome.reason}, so it was not rolled back`);
        }
    }
    if (!rolledBack.length) {
        return {
            sentence: sentences.length ? `${sentences.join('; ')}.` : 'Nothing could be rolled back.',
            rolledBack,
            failed: false,
        };
    }
    const deadline = clock.now() + context.timeoutSeconds * 1000;
    const after = await context.log.group('Waiting for the rollback', () => awaitRollouts(context.client, rolledBack, { deadline, log: context.log, clock, pollMs: context.pollMs }));
    const tail = after.failure ? ` but the rollback did not finish either: ${after.failure.message}` : '';
    return { sentence: `${sentences.join('; ')}${tail}.`, rolledBack: after.workloads, failed: Boolean(after.failure) };
}
/** Rolls back what can be after a failed rollout; returns a sentence for the failure message. */
async function rollBack(workloads, manifests, context) {
    if (!context.rollbackOnFailure)
        return 'Nothing was rolled back (rollback-on-failure is false).';
    return (await rollBackAndWait(workloads, manifests, context)).sentence;
}
/**
 * The `rollback` input: the Deployments of `manifests`, as they run now, back to their previous revision (what
 * `kubectl rollout undo` does), e.g. after a release failed a smoke test. Nothing else is applied. Fails when
 * no Deployment could be rolled back or the rollback did not finish.
 */
async function rollBackDeployments(manifests, context) {
    const live = [];
    for (const { object } of manifests.filter((m) => m.object.kind === 'Deployment')) {
        const ref = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name ?? '' };
        const found = await context.client.get({ ...ref, namespace: object.metadata.namespace });
        if (found)
            live.push(found);
        else
            context.log.warning(`${describeObject(object)} does not exist, so there is nothing to roll back.`);
    }
    const report = await rollBackAndWait(live, manifests, context);
    if (!report.rolledBack.length || report.failed)
        throw new errors/* UserError */.yo(`Rollback failed: ${report.sentence}`);
    context.log.info(report.sentence);
    return {
        resources: report.rolledBack.map(resourceOf),
        workloads: report.rolledBack.map((w) => {
            const revision = w.metadata.annotations?.[REVISION_ANNOTATION];
            return { ...resourceOf(w), ...(revision && { revision }) };
        }),
        images: (await Promise.all(report.rolledBack.map((w) => imagesOf(context.client, w)))).flat(),
    };
}
function failureMessage(failure, rollback) {
    const what = failure.timedOut ? 'did not finish in time' : 'failed';
    return `The rollout of ${describeObject(failure.workload)} ${what}: ${failure.message}. ${rollback}`;
}
const basicStrategy = {
    name: 'basic',
    async deploy(manifests, context) {
        const clock = context.clock ?? systemClock;
        const applied = await applyAll(context.client, manifests, { force: context.force, log: context.log });
        const workloads = applied.filter(isWorkload);
        const deadline = clock.now() + context.timeoutSeconds * 1000;
        const report = await context.log.group(`Waiting up to ${context.timeoutSeconds}s for ${workloads.length} rollout(s)`, () => awaitRollouts(context.client, workloads, { deadline, log: context.log, clock, pollMs: context.pollMs }));
        if (report.failure) {
            await printDiagnostics(context.client, report.failure, context.log);
            throw new errors/* UserError */.yo(failureMessage(report.failure, await rollBack(report.workloads, manifests, context)));
        }
        const images = (await Promise.all(report.workloads.map((w) => imagesOf(context.client, w)))).flat();
        return {
            resources: applied.map(resourceOf),
            workloads: report.workloads.map((w) => {
                const revision = w.metadata.annotations?.[REVISION_ANNOTATION];
                return { ...resourceOf(w), ...(revision && { revision }) };
            }),
            images,
        };
    },
};

// EXTERNAL MODULE: ./shared/k8s/strategy.ts
var strategy = __webpack_require__(11408);
;// CONCATENATED MODULE: ./shared/k8s/strategies.ts
/** The one place a strategy is chosen by name (the `strategy` input). */



const BY_NAME = { basic: basicStrategy };
function strategyNamed(name) {
    if (strategy/* STRATEGIES */.Y.includes(name))
        return BY_NAME[name];
    throw new errors/* UserError */.yo(`Unknown strategy '${name}'; this version supports ${strategy/* STRATEGIES */.Y.map((s) => `'${s}'`).join(', ')}.`);
}

;// CONCATENATED MODULE: ./shared/k8s/deploy.ts
/**
 * The k8s-deploy flow: load and render the manifests (every input problem is reported before any request),
 * write the rendered files, then let the strategy apply them and wait for the rollouts.
 */









async function writeRendered(manifests, folder) {
    await (0,promises_.rm)(folder, { recursive: true, force: true });
    await (0,promises_.mkdir)(folder, { recursive: true });
    const files = [];
    for (const [i, { object }] of manifests.entries()) {
        const name = `${String(i + 1).padStart(3, '0')}-${object.kind.toLowerCase()}-${object.metadata.name}.yaml`;
        const file = external_node_path_default().join(folder, name.replace(/[^\w.-]/g, '_'));
        await (0,promises_.writeFile)(file, (0,dist/* stringify */.As)(object, { lineWidth: 0 }));
        files.push(file);
    }
    return files;
}
function logReplacements(replacements, log) {
    for (const r of replacements)
        log.info(`${r.object} container ${r.container}: ${r.from} -> ${r.to}`);
}
/** What a dry run would apply: the rendered objects, and the images it substituted (no digest: nothing was pulled). */
function dryRunResult(manifests, replacements, namespace) {
    return {
        resources: manifests.map(({ object }) => ({
            apiVersion: object.apiVersion,
            kind: object.kind,
            name: object.metadata.name ?? '',
            namespace: object.metadata.namespace ?? namespace,
        })),
        images: replacements.map((r) => ({ workload: r.object, container: r.container, image: r.to })),
    };
}
/**
 * The start-up seam of k8s-deploy: the one place @kubernetes/client-node (most of the bundle) is loaded, and only
 * when there is a cluster to talk to. Inputs are validated before this runs; a dry run without one never loads it.
 */
async function openCluster(source, log, searchPath) {
    const [{ loadKubeconfig }, { ClientNodeKubeClient }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(943), __webpack_require__.e(666)]).then(__webpack_require__.bind(__webpack_require__, 32666)),
        Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(943), __webpack_require__.e(418)]).then(__webpack_require__.bind(__webpack_require__, 1418)),
    ]);
    const loaded = await loadKubeconfig(source, log, searchPath);
    return { ...loaded, connect: (config) => new ClientNodeKubeClient(config) };
}
async function deployToKubernetes(options, deps) {
    const { log } = deps;
    const strategy = strategyNamed(options.strategy);
    const loaded = await loadManifests(options.manifests, { cwd: options.cwd });
    const images = parseImageInputs(options.images);
    const cluster = options.kubeconfig ? await openCluster(options.kubeconfig, log, options.searchPath) : undefined;
    const namespace = options.namespace || cluster?.namespace || 'default';
    const readLabels = deps.readLabels ?? (options.imageLabels && registryLabelReader(options.imageLabels.dockerConfigDir, log));
    const lineage = await deployLineage({ given: options.lineage, run: options.run, images, readLabels, log });
    const rendered = renderManifests(loaded, { images, env: options.env, lineage, namespace });
    logReplacements(rendered.replacements, log);
    const renderedFiles = await writeRendered(rendered.manifests, options.renderedFolder);
    const outcome = { namespace, lineage, replacements: rendered.replacements, renderedFiles };
    if (options.dryRun) {
        await log.group(`Dry run: ${rendered.manifests.length} rendered object(s) in ${options.renderedFolder}, nothing applied`, async () => {
            for (const { object } of rendered.manifests)
                log.info(`# ${describeObject(object)}\n---\n${(0,dist/* stringify */.As)(object, { lineWidth: 0 })}`);
        });
        return { ...outcome, ...dryRunResult(rendered.manifests, rendered.replacements, namespace), applied: false };
    }
    if (!cluster)
        throw new Error('deployToKubernetes: a kubeconfig is required unless dry-run is set');
    const client = (deps.createClient ?? cluster.connect)(cluster.config);
    const context = {
        client,
        log,
        force: options.force,
        timeoutSeconds: options.timeoutSeconds,
        rollbackOnFailure: options.rollbackOnFailure,
        ...deps.context,
    };
    if (options.rollback) {
        log.info(`Rolling the Deployments back on ${cluster.server} (namespace ${namespace}); nothing is applied`);
        return { ...outcome, ...(await rollBackDeployments(rendered.manifests, context)), applied: true };
    }
    log.info(`Deploying ${rendered.manifests.length} object(s) to ${cluster.server} (namespace ${namespace}), strategy ${strategy.name}`);
    return { ...outcome, ...(await strategy.deploy(rendered.manifests, context)), applied: true };
}


/***/ }),

/***/ 48082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ KubeApiError)
/* harmony export */ });
/** A failed API call: the HTTP status and the Status object's reason and message. */
class KubeApiError extends Error {
    status;
    reason;
    name = 'KubeApiError';
    constructor(status, reason, message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }
}


/***/ })

};
