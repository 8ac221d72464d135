export const id = 813;
export const ids = [813];
export const modules = {

/***/ 8813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadComputeSpec: () => (/* binding */ loadComputeSpec)
/* harmony export */ });
/* unused harmony exports COMPUTE_TYPES, checkComputeName, parseComputeSpec */
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(463);
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7054);


const COMPUTE_TYPES = ['amlcompute', 'computeinstance'];
/** Defaults of the amlCompute schema, so a minimal YAML means what it means for `az ml`. */
const AML_DEFAULTS = { minInstances: 0, maxInstances: 1, idleSecondsBeforeScaleDown: 120, tier: 'dedicated' };
/** Names the service accepts (AmlCompute 2-16 characters, ComputeInstance 3-24), checked before any call. */
const NAME_RULES = {
    amlcompute: {
        pattern: /^[a-zA-Z](?:[a-zA-Z0-9-]{0,14}[a-zA-Z0-9])?$/,
        text: '2 to 16 characters: letters, digits and hyphens, starting with a letter and not ending with a hyphen',
    },
    computeinstance: {
        pattern: /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/,
        text: '3 to 24 characters: letters, digits and hyphens, starting with a letter and not ending with a hyphen',
    },
};
function checkComputeName(type, name) {
    const rule = NAME_RULES[type];
    return rule.pattern.test(name) ? undefined : `Compute name '${name}' is not valid for ${type}: ${rule.text}.`;
}
/** The keys of azure-ai-ml's compute schemas (common, AmlCompute, ComputeInstance); others are warned about. */
const KNOWN_KEYS = {
    amlcompute: [
        'min_instances',
        'max_instances',
        'idle_time_before_scale_down',
        'tier',
        'ssh_settings',
        'network_settings',
        'enable_node_public_ip',
    ],
    computeinstance: [
        'schedules',
        'network_settings',
        'ssh_settings',
        'create_on_behalf_of',
        'idle_time_before_shutdown',
        'idle_time_before_shutdown_minutes',
        'custom_applications',
        'setup_scripts',
        'enable_node_public_ip',
        'enable_sso',
        'enable_root_access',
        'release_quota_on_stop',
        'enable_os_patching',
    ],
};
const COMMON_KEYS = [
    '$schema',
    'name',
    'id',
    'type',
    'size',
    'location',
    'description',
    'tags',
    'identity',
    'ssh_public_access_enabled',
    'resource_id',
];
/** Reads and validates a compute YAML file; every problem is reported with its line. */
async function loadComputeSpec(file, options = {}) {
    return readComputeSpec(await (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .loadYamlFile */ .Y3)(file), options);
}
function parseComputeSpec(text, file, options = {}) {
    return readComputeSpec(parseYaml(text, file), options);
}
function readComputeSpec(yaml, options) {
    const problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .Problems */ .Zw();
    if (yaml.root.kind !== 'map') {
        problems.add('Expected a mapping of compute settings.', yaml.root.loc);
        problems.throwIfAny(`${yaml.file} is not a valid compute definition`);
    }
    const r = new FieldReader(yaml.root, problems);
    const spec = readSpec(r, options.nameOverride, yaml.file);
    problems.throwIfAny(`${yaml.file} is not a valid compute definition`);
    const known = [...COMMON_KEYS, ...KNOWN_KEYS[spec.type]];
    for (const entry of r.map.entries) {
        if (!known.includes(entry.key))
            options.log?.warning(`Unknown key '${entry.key}' in the ${spec.type} YAML is ignored (az ml ignores it too); known keys: ${known.join(', ')}.`, entry.keyLoc);
    }
    return spec;
}
function readSpec(r, nameOverride, file) {
    const type = r.string('type');
    if (type === undefined) {
        r.problem('type', `'type' is required: one of ${COMPUTE_TYPES.join(', ')}.`);
        return undefined;
    }
    if (!COMPUTE_TYPES.includes(type)) {
        r.problem('type', `Unknown compute type '${type}'. Supported: ${COMPUTE_TYPES.join(', ')} (attached computes such as synapsespark or kubernetes are managed outside this action).`);
        return undefined;
    }
    const computeType = type;
    const name = nameOverride || r.string('name');
    if (!name)
        r.problem('name', "'name' is required (in the file or as the action's 'name' input).");
    else {
        const bad = checkComputeName(computeType, name);
        if (bad)
            r.problem(nameOverride ? undefined : 'name', bad);
    }
    const size = r.string('size');
    if (!size) {
        r.problem('type', "'size' is required (for example size: STANDARD_DS3_v2). The VM size sets the cost and cannot be changed after creation, so it is never guessed.");
    }
    const base = {
        name: name ?? '',
        size: size ?? '',
        location: r.string('location'),
        description: r.string('description'),
        tags: r.stringMap('tags'),
        sshPublicAccess: r.boolean('ssh_public_access_enabled'),
        source: { file, lines: r.lines() },
    };
    return computeType === 'amlcompute'
        ? readAmlCompute(r, base)
        : { ...base, type: 'computeinstance', schedules: readSchedules(r) };
}
function readAmlCompute(r, base) {
    const minInstances = r.integer('min_instances') ?? AML_DEFAULTS.minInstances;
    const maxInstances = r.integer('max_instances') ?? AML_DEFAULTS.maxInstances;
    if (maxInstances < minInstances) {
        r.problem('max_instances', `max_instances (${maxInstances}) must be at least min_instances (${minInstances}).`);
    }
    if (maxInstances < 1)
        r.problem('max_instances', 'max_instances must be at least 1.');
    const tier = r.string('tier') ?? AML_DEFAULTS.tier;
    if (tier !== 'dedicated' && tier !== 'low_priority')
        r.problem('tier', `tier must be dedicated or low_priority, got '${tier}'.`);
    const identity = r.nested('identity', 'type');
    if (identity !== undefined && identity !== 'system_assigned') {
        r.problem('identity', `identity type '${identity}' is not supported by this action yet; use system_assigned or create the compute once with az ml.`);
    }
    return {
        ...base,
        type: 'amlcompute',
        minInstances,
        maxInstances,
        idleSecondsBeforeScaleDown: r.integer('idle_time_before_scale_down') ?? AML_DEFAULTS.idleSecondsBeforeScaleDown,
        tier: tier,
        identity: identity === 'system_assigned' ? 'system_assigned' : undefined,
    };
}
function readSchedules(r) {
    const items = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)(r.map, 'schedules'), 'compute_start_stop');
    if (items === undefined)
        return [];
    const list = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlain */ .Ul)(items);
    if (!Array.isArray(list)) {
        r.problem('schedules', 'schedules.compute_start_stop must be a list.');
        return [];
    }
    return list.flatMap((item, i) => {
        const trigger = (item.trigger ?? {});
        const action = String(item.action ?? '').toLowerCase();
        if ((action !== 'start' && action !== 'stop') ||
            trigger.type !== 'cron' ||
            typeof trigger.expression !== 'string') {
            r.problem('schedules', `schedules.compute_start_stop[${i}]: expected action start|stop with a cron trigger (recurrence triggers are not supported yet).`);
            return [];
        }
        return [{ action, cron: trigger.expression, startTime: str(trigger.start_time), timeZone: str(trigger.time_zone) }];
    });
}
const str = (v) => (v === undefined || v === null ? undefined : String(v));
/** Reads top-level fields of a compute YAML with their types checked, problems placed at their keys. */
class FieldReader {
    map;
    problems;
    constructor(map, problems) {
        this.map = map;
        this.problems = problems;
    }
    problem(key, message) {
        const entry = key === undefined ? undefined : (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(this.map, key);
        this.problems.add(message, entry?.keyLoc ?? this.map.loc);
    }
    lines() {
        return Object.fromEntries(this.map.entries.map((e) => [e.key, e.keyLoc.line ?? 1]));
    }
    string(key) {
        const node = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(this.map, key)?.value;
        if (node && node.kind !== 'scalar') {
            this.problem(key, `'${key}' must be a single value.`);
            return undefined;
        }
        return (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(this.map, key, this.problems);
    }
    integer(key) {
        const node = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(this.map, key)?.value;
        if (node === undefined)
            return undefined;
        if (node.kind !== 'scalar' || !Number.isInteger(node.value) || node.value < 0) {
            this.problem(key, `'${key}' must be a whole number (0 or more).`);
            return undefined;
        }
        return node.value;
    }
    boolean(key) {
        return (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .readBoolean */ .Vf)(this.map, key, this.problems);
    }
    stringMap(key) {
        return (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .readStringMap */ .oI)(this.map, key, this.problems) ?? {};
    }
    nested(key, inner) {
        const node = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .child */ .jf)(this.map, key), inner);
        return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
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
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   uU: () => (/* binding */ locateText)
/* harmony export */ });
/* unused harmony exports isNull, syntheticScalar, syntheticNode */
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
