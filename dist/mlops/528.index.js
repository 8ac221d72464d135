export const id = 528;
export const ids = [528];
export const modules = {

/***/ 4528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyInputOverrides: () => (/* binding */ applyInputOverrides),
/* harmony export */   applySetOverrides: () => (/* binding */ applySetOverrides),
/* harmony export */   checkOverrideTargets: () => (/* binding */ checkOverrideTargets),
/* harmony export */   overrideLocation: () => (/* binding */ overrideLocation),
/* harmony export */   parseSetOverrides: () => (/* binding */ parseSetOverrides)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(463);
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7054);




/**
 * Where a value given by an action input is "written": the input, not the pipeline file. Problems found in
 * an overridden value (a type, a min, an unknown name) are annotated there.
 */
function overrideLocation(input, line) {
    return line === undefined ? { file: input } : { file: input, line };
}
/** Parses `--set`-style lines (`inputs.epochs=1`); a line without `=` is an error naming it. */
function parseSetOverrides(lines) {
    return lines.map((line, i) => {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input 'set': expected path=value, got '${line}'`, overrideLocation('set', i + 1));
        return { path: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim(), line: i + 1 };
    });
}
/**
 * The names an override walks into must exist: `set: inputs.epocs=3` or an `inputs:` key the pipeline does
 * not declare would add an input nothing reads (azure-ai-ml adds it silently; the job then runs without it).
 * Steps named by `set: jobs.<step>...` must exist too. Every problem names its `set` line or input.
 */
function checkOverrideTargets(root, overrides) {
    const problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .Problems */ .Zw();
    const declared = (key) => {
        const node = root.kind === 'map' ? child(root, key) : undefined;
        return node?.kind === 'map' ? node.entries.map((e) => e.key) : [];
    };
    const hasComponent = root.kind === 'map' && (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(root, 'component') !== undefined;
    for (const override of overrides.set ?? []) {
        const [first, second] = override.path.split('.');
        if ((first !== 'inputs' && first !== 'jobs') || second === undefined)
            continue;
        if (first === 'jobs' && hasComponent)
            continue;
        const names = declared(first);
        if (!names.includes(second))
            problems.add(`set '${override.path}=${override.value}': the pipeline has no ${first === 'inputs' ? 'input' : 'step'} '${second}'${listed(names)}`, overrideLocation('set', override.line));
    }
    const inputs = declared('inputs');
    for (const name of Object.keys(overrides.inputs ?? {}))
        if (!inputs.includes(name))
            problems.add(`Input 'inputs': the pipeline has no input '${name}'${listed(inputs)}`, overrideLocation('inputs'));
    problems.throwIfAny(`${problems.list.length} override(s) name nothing in the pipeline; nothing was sent`);
}
function listed(names) {
    return names.length ? ` (it has: ${names.join(', ')})` : ' (it declares none)';
}
/**
 * Applies overrides to the top-level document before it is read, as azure-ai-ml's `params_override` does:
 * missing levels are created; walking through a string (a `component: ./x.yml` reference) is refused.
 * Values are read as YAML scalars, so `epochs=1` is the integer 1 and `force_rerun=true` a boolean.
 */
function applySetOverrides(root, overrides) {
    checkOverrideTargets(root, { set: overrides });
    for (const override of overrides) {
        const keys = override.path.split('.');
        if (keys.some((k) => k === ''))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`set: '${override.path}' is not a valid path`);
        setPath(root, keys, scalarFromText(override.value), override, overrideLocation('set', override.line));
    }
    return root;
}
/**
 * Applies an `inputs` map (from the action input) to the pipeline's inputs. A plain value given for a data
 * input replaces its `path` only, so `training_data: ./toy` keeps the input's type and mode.
 */
function applyInputOverrides(root, inputs) {
    checkOverrideTargets(root, { inputs });
    for (const [name, value] of Object.entries(inputs)) {
        const existing = root.kind === 'map' ? child(child(root, 'inputs'), name) : undefined;
        const isDataInput = existing?.kind === 'map' && ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(existing, 'path') || (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(existing, 'type'));
        const plainValue = value === null || typeof value !== 'object';
        const keys = isDataInput && plainValue && existing && !isLiteralDeclaration(existing)
            ? ['inputs', name, 'path']
            : ['inputs', name];
        setPath(root, keys, value, { path: keys.join('.'), value: String(value) }, overrideLocation('inputs'));
    }
    return root;
}
function isLiteralDeclaration(map) {
    const type = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(map, 'type')?.value;
    return type?.kind === 'scalar' && ['string', 'integer', 'number', 'boolean'].includes(String(type.value));
}
function child(node, key) {
    return node?.kind === 'map' ? (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(node, key)?.value : undefined;
}
function scalarFromText(text) {
    try {
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { version: '1.1' });
        return value === null || typeof value !== 'object' ? (value ?? text) : text;
    }
    catch {
        return text;
    }
}
function setPath(root, keys, value, override, at) {
    let node = root;
    for (const [i, key] of keys.entries()) {
        if (node.kind !== 'map') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Cannot use 'set' on properties defined by reference strings or values: '${override.path}' (at '${keys.slice(0, i).join('.')}')`, node.loc);
        }
        const entry = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(node, key);
        const last = i === keys.length - 1;
        if (last) {
            // The new value is located at the input that gave it, so problems with it are blamed there.
            const replaced = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .syntheticNode */ .gX)(value, { loc: at, range: (entry?.value ?? node).range });
            if (entry)
                entry.value = replaced;
            else
                node.entries.push({ key, keyLoc: node.loc, value: replaced });
            return;
        }
        if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) {
            const created = { kind: 'map', entries: [], loc: entry?.value.loc ?? node.loc, range: node.range };
            if (entry)
                entry.value = created;
            else
                node.entries.push({ key, keyLoc: node.loc, value: created });
            node = created;
        }
        else {
            node = entry.value;
        }
    }
}


/***/ }),

/***/ 463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   L: () => (/* binding */ checkKeys),
/* harmony export */   SB: () => (/* binding */ describeKind),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   Ym: () => (/* binding */ expectMap),
/* harmony export */   Zw: () => (/* binding */ Problems),
/* harmony export */   kz: () => (/* binding */ readNumber),
/* harmony export */   oI: () => (/* binding */ readStringMap),
/* harmony export */   xC: () => (/* binding */ optionalMap)
/* harmony export */ });
/* unused harmony exports scalarText, scalarOf */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _located_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7054);


/** Problems collected while reading files, thrown together so the user sees every bad line at once. */
class Problems {
    list = [];
    add(message, location) {
        this.list.push({ message, location });
    }
    merge(other) {
        this.list.push(...other);
    }
    get empty() {
        return this.list.length === 0;
    }
    /** Throws one ValidationError with everything collected, if anything was. */
    throwIfAny(summary) {
        if (!this.empty)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI([...this.list], summary);
    }
}
function describeKind(node) {
    if (node.kind === 'scalar')
        return node.value === null ? 'nothing' : `${typeof node.value} '${node.source}'`;
    return node.kind === 'map' ? 'a mapping' : 'a list';
}
/** The node as a map, or a problem saying what was expected there. */
function expectMap(node, what, problems) {
    if (node.kind === 'map')
        return node;
    problems.add(`${what} must be a mapping, got ${describeKind(node)}`, node.loc);
    return undefined;
}
/** A map that may be absent or empty (`inputs:` with nothing under it). */
function optionalMap(map, key, problems) {
    const node = (0,_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, key)?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    return expectMap(node, `'${key}'`, problems);
}
/** Scalar text as Azure ML sees it: `version: 10` and `version: '10'` are both "10". */
function scalarText(node) {
    if (node.value === null)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return typeof node.value === 'number' && /^[-+]?\d+$/.test(node.source) ? node.source : String(node.value);
}
function readString(map, key, problems, options = {}) {
    const node = (0,_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, key)?.value;
    if (!node || (node.kind === 'scalar' && node.value === null)) {
        if (options.required)
            problems.add(`${options.owner ?? 'this file'} needs '${key}'`, map.loc);
        return undefined;
    }
    if (node.kind !== 'scalar' || typeof node.value === 'boolean') {
        problems.add(`'${key}' must be a string, got ${describeKind(node)}`, node.loc);
        return undefined;
    }
    return scalarText(node);
}
function readBoolean(map, key, problems) {
    const node = (0,_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, key)?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    if (node.kind === 'scalar' && typeof node.value === 'boolean')
        return node.value;
    problems.add(`'${key}' must be true or false, got ${describeKind(node)}`, node.loc);
    return undefined;
}
function readNumber(map, key, problems) {
    const node = (0,_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, key)?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    if (node.kind === 'scalar' && typeof node.value === 'number')
        return node.value;
    problems.add(`'${key}' must be a number, got ${describeKind(node)}`, node.loc);
    return undefined;
}
/** `tags:`-like maps: every value is sent as a string. */
function readStringMap(map, key, problems) {
    const inner = optionalMap(map, key, problems);
    if (!inner)
        return undefined;
    const out = {};
    for (const entry of inner.entries) {
        const value = entry.value;
        if (value.kind !== 'scalar') {
            problems.add(`'${key}.${entry.key}' must be a single value, got ${describeKind(value)}`, value.loc);
            continue;
        }
        out[entry.key] = value.value === null ? '' : (scalarText(value) ?? '');
    }
    return out;
}
/**
 * Flags keys the schema does not know, and keys it knows but this suite does not handle yet, so nothing in
 * a file is silently dropped.
 */
function checkKeys(map, known, problems, owner, notSupported = {}) {
    for (const entry of map.entries) {
        if (entry.key in notSupported) {
            problems.add(`not supported yet: '${entry.key}' in ${owner} (${notSupported[entry.key]})`, entry.keyLoc);
        }
        else if (!known.includes(entry.key)) {
            problems.add(`unknown key '${entry.key}' in ${owner}; expected one of ${known.join(', ')}`, entry.keyLoc);
        }
    }
}
/** The scalar value of a node, or undefined for maps/lists. */
function scalarOf(node) {
    return node?.kind === 'scalar' ? node.value : undefined;
}


/***/ }),

/***/ 7054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   Y3: () => (/* binding */ loadYamlFile),
/* harmony export */   gX: () => (/* binding */ syntheticNode),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   uU: () => (/* binding */ locateText)
/* harmony export */ });
/* unused harmony exports isNull, syntheticScalar */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6677);



/**
 * Parses YAML text the way `az ml` reads it (PyYAML, YAML 1.1: `off`/`yes` are booleans), keeping
 * positions. Syntax errors and duplicate keys become one ValidationError naming every bad line.
 */
function parseYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { version: '1.1', lineCounter, uniqueKeys: true, prettyErrors: false });
    const locate = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const problems = doc.errors.map((e) => ({
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
        location: locate(e.pos[0]),
    }));
    if (problems.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ValidationError */ .yI(problems, `${file} is not valid YAML`);
    const root = doc.contents ? convert(doc.contents, locate) : emptyScalar(locate(0), 0);
    return { file, text, root, locate };
}
/** Reads and parses a YAML file; an unreadable file is a ValidationError at that path. */
async function loadYamlFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'file not found' : String(error);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ValidationError */ .yI([{ message: `cannot read ${path}: ${reason}`, location: { file: path } }]);
    }
    return parseYaml(text, path);
}
function convert(node, locate) {
    const resolved = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node) ? undefined : node;
    const range = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
    const loc = locate(range[0]);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(resolved)) {
        const entries = [];
        for (const pair of resolved.items) {
            const keyNode = pair.key;
            const keyOffset = keyNode?.range?.[0] ?? range[0];
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : String(keyNode);
            const value = pair.value ? convert(pair.value, locate) : emptyScalar(locate(keyOffset), keyOffset);
            entries.push({ key, keyLoc: locate(keyOffset), value });
        }
        return { kind: 'map', entries, loc, range };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(resolved)) {
        return { kind: 'seq', items: resolved.items.map((i) => convert(i, locate)), loc, range };
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(resolved)) {
        return {
            kind: 'scalar',
            value: scalarValue(resolved.value, resolved.source),
            source: String(resolved.source ?? ''),
            loc,
            range,
        };
    }
    // Aliases are rare in Azure ML files; keep their text so a message can still name them.
    return { kind: 'scalar', value: String(node), source: String(node), loc, range };
}
function scalarValue(value, source) {
    if (value === null || value === undefined)
        return null;
    // yaml's 1.1 schema reads a lone `.` (as in `code: .`) as NaN; PyYAML reads it as the string it is.
    if (typeof value === 'number' && Number.isNaN(value) && !/nan/i.test(String(source)))
        return String(source);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return value;
    // YAML 1.1 timestamps and binaries: Azure ML treats them as the text the user wrote.
    return String(source ?? value);
}
function emptyScalar(loc, offset) {
    return { kind: 'scalar', value: null, source: '', loc, range: [offset, offset] };
}
/** The plain JavaScript value of a node (maps become objects, keys in file order). */
function toPlain(node) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(toPlain);
        case 'map':
            return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
    }
}
/** The entry of a map with this key, if any. */
function entryOf(map, key) {
    return map.entries.find((e) => e.key === key);
}
/** The value under a key when `node` is a map. */
function child(node, key) {
    return node?.kind === 'map' ? entryOf(node, key)?.value : undefined;
}
function isNull(node) {
    return node === undefined || (node.kind === 'scalar' && node.value === null);
}
/** Builds a scalar node standing in for a value that came from outside the file (an override). */
function syntheticScalar(value, at) {
    return { kind: 'scalar', value, source: value === null ? '' : String(value), loc: at.loc, range: at.range };
}
/** Builds a subtree for a plain value from outside the file, placed (for messages) where it replaces something. */
function syntheticNode(value, at) {
    if (Array.isArray(value))
        return { kind: 'seq', items: value.map((v) => syntheticNode(v, at)), loc: at.loc, range: at.range };
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).map(([key, v]) => ({ key, keyLoc: at.loc, value: syntheticNode(v, at) }));
        return { kind: 'map', entries, loc: at.loc, range: at.range };
    }
    const scalar = value === undefined ? null : value;
    return syntheticScalar(typeof scalar === 'object' && scalar !== null ? String(scalar) : scalar, at);
}
/** Where `needle` first appears inside a node's source text (e.g. a placeholder in a folded command). */
function locateText(file, node, needle) {
    const index = file.text.slice(node.range[0], node.range[1]).indexOf(needle);
    return index < 0 ? node.loc : file.locate(node.range[0] + index);
}


/***/ })

};
