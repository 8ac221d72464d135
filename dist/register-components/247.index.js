export const id = 247;
export const ids = [247];
export const modules = {

/***/ 9247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yr: () => (/* binding */ CODE_HASH_VERSION),
  Y9: () => (/* binding */ codeSnapshot),
  bB: () => (/* binding */ componentContentHash),
  iy: () => (/* binding */ contentHash202208),
  db: () => (/* binding */ environmentContentHash),
  NS: () => (/* binding */ stageSnapshot)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/pipeline/component-rest.ts
var component_rest = __webpack_require__(2597);
;// CONCATENATED MODULE: ./shared/pipeline/ignore.ts


/**
 * Reads `.amlignore` from the folder's root, else `.gitignore` (only that one file, as azure-ai-ml does).
 * Like azure-ai-ml's `IgnoreFile.is_file_excluded`, the first pattern that matches decides.
 */
async function loadIgnore(root) {
    for (const name of ['.amlignore', '.gitignore']) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, name), 'utf8').catch(() => undefined);
        if (text !== undefined)
            return ignoreMatcher(text, name);
    }
    return { isExcluded: () => false };
}
function ignoreMatcher(text, source) {
    const rules = text
        .split(/\r?\n/)
        .map(parseRule)
        .filter((r) => r !== undefined);
    return {
        source,
        isExcluded: (relativePath) => {
            const rule = rules.find((r) => r.regex.test(relativePath));
            return rule ? rule.exclude : false;
        },
    };
}
function parseRule(line) {
    let pattern = line.trim();
    if (pattern === '' || pattern.startsWith('#'))
        return undefined;
    let exclude = true;
    if (pattern.startsWith('!')) {
        exclude = false;
        pattern = pattern.slice(1);
    }
    if (pattern.startsWith('\\'))
        pattern = pattern.slice(1);
    const dirOnly = pattern.endsWith('/');
    if (dirOnly)
        pattern = pattern.replace(/\/+$/, '');
    // A slash anywhere but the end anchors the pattern at the root; otherwise it matches at any depth.
    const anchored = pattern.includes('/');
    pattern = pattern.replace(/^\//, '');
    const body = globToRegex(pattern);
    const prefix = anchored ? '^' : '^(?:.*/)?';
    const suffix = dirOnly ? '/.*$' : '(?:/.*)?$';
    return { regex: new RegExp(prefix + body + suffix), exclude };
}
function globToRegex(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            const slashAfter = glob[i + 2] === '/';
            out += slashAfter ? '(?:.*/)?' : '.*';
            i += slashAfter ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end < 0)
                out += '\\[';
            else {
                out += `[${glob
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '\\' && i + 1 < glob.length)
            out += ignore_escape(glob[++i]);
        else
            out += ignore_escape(c);
    }
    return out;
}
function ignore_escape(c) {
    return c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
}

// EXTERNAL MODULE: ./shared/pipeline/python-format.ts
var python_format = __webpack_require__(219);
;// CONCATENATED MODULE: ./shared/pipeline/hashing.ts









/** The `hash_version` azure-ai-ml stores next to `hash_sha256` on code versions. */
const CODE_HASH_VERSION = '202208';
/**
 * Walks a code folder honouring `.amlignore`/`.gitignore` and computes its 202208 content hash. Additional
 * includes (files or folders) are added at the snapshot's root under their own name.
 */
async function codeSnapshot(path, additionalIncludes = []) {
    const snapshot = await folderSnapshot(path);
    if (additionalIncludes.length === 0)
        return snapshot;
    const files = [...snapshot.files];
    for (const include of additionalIncludes) {
        const extra = await folderSnapshot(include);
        const prefix = (await (0,promises_.stat)(include)).isDirectory() ? `${(0,external_node_path_.basename)(include)}/` : '';
        for (const file of extra.files) {
            const relativePath = `${prefix}${file.relativePath}`;
            if (files.some((f) => f.relativePath === relativePath))
                throw new errors/* UserError */.yo(`additional include ${include} would overwrite ${relativePath} of the code folder ${path}`);
            files.push({ ...file, relativePath });
        }
    }
    files.sort(byLowerCasePath);
    return { ...snapshot, files, contentHash: await contentHash202208(files) };
}
/**
 * A folder holding the snapshot's files at their relative paths, for uploading: the code folder itself, or,
 * when additional includes live elsewhere, a temporary copy of everything (as azure-ai-ml builds one).
 * `release()` removes the copy.
 */
async function stageSnapshot(snapshot) {
    const inPlace = snapshot.files.every((f) => f.absolutePath === snapshot.root || f.absolutePath === (0,external_node_path_.join)(snapshot.root, ...f.relativePath.split('/')));
    if (inPlace)
        return { folder: snapshot.root, release: async () => { } };
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'aml-code-'));
    const folder = (0,external_node_path_.join)(temp, snapshot.name);
    for (const file of snapshot.files) {
        const target = (0,external_node_path_.join)(folder, ...file.relativePath.split('/'));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.copyFile)(file.absolutePath, target);
    }
    return { folder, release: () => (0,promises_.rm)(temp, { recursive: true, force: true }) };
}
async function folderSnapshot(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw new errors/* UserError */.yo(`code path ${path} does not exist`);
    if (info.isFile()) {
        const files = [{ relativePath: (0,external_node_path_.basename)(path), absolutePath: path, size: info.size }];
        return { root: path, name: (0,external_node_path_.basename)(path), files, contentHash: await contentHash202208(files) };
    }
    const ignore = await loadIgnore(path);
    const files = [];
    await walk(path, '', (rel) => ignore.isExcluded(rel), files);
    if (files.length === 0)
        throw new errors/* UserError */.yo(`code folder ${path} is empty (or everything in it is ignored); nothing to upload`);
    files.sort(byLowerCasePath);
    const snapshot = {
        root: path,
        name: (0,external_node_path_.basename)(path),
        files,
        contentHash: await contentHash202208(files),
    };
    if (ignore.source)
        snapshot.ignoreFile = ignore.source;
    return snapshot;
}
async function walk(dir, prefix, excluded, into) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        const abs = (0,external_node_path_.join)(dir, entry.name);
        // Symlinks are followed, as os.walk(followlinks=True) does.
        const info = entry.isSymbolicLink() ? await (0,promises_.stat)(abs).catch(() => undefined) : entry;
        if (!info)
            continue;
        if (info.isDirectory())
            await walk(abs, rel, excluded, into);
        else if (info.isFile() && !excluded(rel))
            into.push({ relativePath: rel, absolutePath: abs, size: (await (0,promises_.stat)(abs)).size });
    }
}
function byLowerCasePath(a, b) {
    const x = a.relativePath.toLowerCase();
    const y = b.relativePath.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
/**
 * azure-ai-ml's `_get_file_list_content_hash`: sha256 over the file count, then `#path#` and size of each
 * file sorted by lower-cased path, then every file's bytes in that order. Must not change: the service
 * compares it with hashes other clients computed.
 */
async function contentHash202208(files) {
    const sorted = [...files].sort(byLowerCasePath);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    hash.update(String(sorted.length));
    for (const file of sorted) {
        hash.update(`#${file.relativePath}#`);
        hash.update(String(file.size));
    }
    for (const file of sorted)
        await feedFile(hash, file.absolutePath);
    return hash.digest('hex');
}
function feedFile(hash, path) {
    return new Promise((resolve, reject) => {
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve())
            .on('error', reject);
    });
}
/** sha256 of canonical JSON: equal specs hash equal whatever their key order. */
function specHash(value) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,python_format/* pythonJsonDumps */.MT)(value)).digest('hex');
}
/**
 * What decides whether a registered environment is the same: its spec, the conda text, and the build
 * context's content hash. Stored as a tag so an unchanged environment is not written again.
 */
async function environmentContentHash(env) {
    const build = env.build?.local
        ? { context: (await codeSnapshot(env.build.local)).contentHash, dockerfile: env.build.dockerfilePath }
        : (env.build ?? null);
    return specHash({
        name: env.name ?? null,
        description: env.description ?? null,
        tags: env.tags ?? {},
        image: env.image ?? null,
        conda: env.conda?.text ?? null,
        build: build,
        inference_config: (env.inferenceConfig ?? null),
        os_type: env.osType ?? null,
    });
}
/** The content hash of a component: its spec with code and environment replaced by their own content hashes. */
async function componentContentHash(component) {
    const { code, environment: env } = (0,component_rest/* componentParts */.Sx)(component);
    const codeHash = code && 'local' in code
        ? `sha256:${(await codeSnapshot(code.local, code.additionalIncludes)).contentHash}`
        : (code?.remote ?? null);
    const envHash = !env ? null : env.kind === 'local' ? `sha256:${await environmentContentHash(env.spec)}` : env.text;
    const plain = (value) => JSON.parse(JSON.stringify(value, (k, v) => (k === 'loc' || k === 'code' || k === 'environment' ? undefined : v)));
    const header = {
        name: component.name ?? null,
        display_name: component.displayName ?? null,
        description: component.description ?? null,
        tags: component.tags ?? {},
        is_deterministic: component.isDeterministic,
        inputs: JSON.parse(JSON.stringify(component.inputs, (k, v) => (k === 'loc' ? undefined : v))),
        outputs: JSON.parse(JSON.stringify(component.outputs, (k, v) => (k === 'loc' ? undefined : v))),
    };
    // A parallel or spark component's own fields are its settings (code and environment hashed above).
    if (component.type !== 'command')
        return specHash({
            ...header,
            type: component.type,
            settings: plain(component.settings),
            code: codeHash,
            environment: envHash,
        });
    return specHash({
        ...header,
        command: component.command,
        code: codeHash,
        environment: envHash,
        resources: component.resources ?? null,
        distribution: component.distribution ?? null,
    });
}


/***/ })

};
