export const id = 597;
export const ids = [597];
export const modules = {

/***/ 5199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qs: () => (/* binding */ orderSteps),
/* harmony export */   VT: () => (/* binding */ formatBinding),
/* harmony export */   Vy: () => (/* binding */ parseBinding)
/* harmony export */ });
const PARENT_PORT = /^\$\{\{\s*parent\.(inputs|outputs)\.([A-Za-z_][\w.]*)\s*\}\}$/;
const PARENT_JOB = /^\$\{\{\s*parent\.jobs\.([A-Za-z_][\w-]*)\.(inputs|outputs)\.([A-Za-z_]\w*)\s*\}\}$/;
/** Parses a whole-value binding; undefined when the text is not one at all (a plain literal). */
function parseBinding(text) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('${{'))
        return undefined;
    const port = PARENT_PORT.exec(trimmed);
    if (port)
        return { ok: true, binding: { scope: `parent.${port[1]}`, name: port[2] } };
    const job = PARENT_JOB.exec(trimmed);
    if (job)
        return {
            ok: true,
            binding: { scope: 'parent.jobs', job: job[1], port: job[2], name: job[3] },
        };
    return {
        ok: false,
        reason: `'${trimmed}' is not a binding Azure ML understands; use \${{parent.inputs.<name>}}, \${{parent.outputs.<name>}} or \${{parent.jobs.<step>.outputs.<name>}}`,
    };
}
/** The canonical spelling (no inner spaces), as azure-ai-ml writes bindings back. */
function formatBinding(binding) {
    if (binding.scope === 'parent.jobs')
        return `\${{parent.jobs.${binding.job}.${binding.port}.${binding.name}}}`;
    return `\${{${binding.scope}.${binding.name}}}`;
}
/** Steps in an order where each comes after the steps it reads from; the cycle's steps when there is none. */
function orderSteps(dependencies) {
    const state = new Map();
    const order = [];
    const stack = [];
    const visit = (step) => {
        if (state.get(step) === 'done')
            return undefined;
        if (state.get(step) === 'visiting')
            return [...stack.slice(stack.indexOf(step)), step];
        state.set(step, 'visiting');
        stack.push(step);
        for (const upstream of dependencies.get(step) ?? []) {
            if (!dependencies.has(upstream))
                continue;
            const cycle = visit(upstream);
            if (cycle)
                return cycle;
        }
        stack.pop();
        state.set(step, 'done');
        order.push(step);
        return undefined;
    };
    for (const step of dependencies.keys()) {
        const cycle = visit(step);
        if (cycle)
            return { cycle };
    }
    return { order };
}


/***/ }),

/***/ 2597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ componentParts),
/* harmony export */   __: () => (/* binding */ componentVersionBody),
/* harmony export */   l5: () => (/* binding */ resolvedComponentSpec),
/* harmony export */   nq: () => (/* binding */ anonymousComponentVersion),
/* harmony export */   sZ: () => (/* binding */ headerAndPortsSpec),
/* harmony export */   v6: () => (/* binding */ resolveComponentDependencies),
/* harmony export */   x1: () => (/* binding */ resolveParts)
/* harmony export */ });
/* unused harmony exports componentSpec, outputSpec, inputSpec */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _python_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(219);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4467);
/* harmony import */ var _steps_parallel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6106);
/* harmony import */ var _steps_spark_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(288);
/* harmony import */ var _steps_header_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2648);






/** A parallel component keeps them in its task, a spark component in its settings. */
function componentParts(component) {
    if (component.type === 'parallel')
        return { code: component.settings.task?.code, environment: component.settings.task?.environment };
    if (component.type === 'spark')
        return { code: component.settings.code, environment: component.settings.environment };
    return component;
}
/** Resolves code and environment of a component, in the form the componentSpec carries them. */
async function resolveComponentDependencies(component, resolver) {
    const parts = 'type' in component ? componentParts(component) : component;
    const deps = {};
    if (parts.environment)
        deps.environment = await environmentReference(parts.environment, resolver);
    const code = parts.code;
    if (code && 'local' in code)
        deps.codeId = `azureml:${await resolver.codeId(code.local, code.additionalIncludes)}`;
    else if (code)
        deps.codeId = await remoteReference(code.remote, 'codes', resolver);
    return deps;
}
/** Resolves a parallel task's or spark settings' code and environment to the ids its spec and node name. */
async function resolveParts(parts, resolver) {
    return resolvedParts(await resolveComponentDependencies({ code: parts.code, environment: parts.environment }, resolver));
}
function resolvedParts(deps) {
    return {
        ...(deps.codeId ? { code: deps.codeId } : {}),
        ...(deps.environment ? { environment: deps.environment } : {}),
    };
}
/** The componentSpec of a parallel or spark component read from YAML, its code and environment resolved first. */
async function resolvedComponentSpec(component, deps, source) {
    if (!deps)
        throw new Error(`internal: a ${component.type} component spec needs its dependency resolver`);
    return componentSpec(component, await resolveComponentDependencies(component, deps), source);
}
async function environmentReference(use, resolver) {
    if (use.kind === 'local')
        return `azureml:${await resolver.environmentId(use.spec)}`;
    // Curated environments are expanded by the service itself.
    if (use.text.startsWith('azureml:AzureML-'))
        return use.text;
    return remoteReference(use.text, 'environments', resolver, use.ref);
}
async function remoteReference(text, collection, resolver, ref) {
    const result = ref ? { ok: true, ref } : (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRemoteRef */ .b8)(text);
    if (!result.ok)
        return text;
    const parsed = result.ref;
    if (parsed.kind === 'id')
        return parsed.id.startsWith('/subscriptions/') ? `azureml:${parsed.id}` : parsed.id;
    const version = parsed.kind === 'version' ? parsed.version : await resolver.resolveLabel(collection, parsed.name, parsed.label);
    return `azureml:${(0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .versionId */ .Ik)(resolver.workspaceId, collection, parsed.name, version)}`;
}
/**
 * The componentSpec: the component YAML as a snake_case dict, defaults and bounds stringified the way
 * azure-ai-ml sends them, code and environment replaced by their ids.
 */
function componentSpec(component, deps, source) {
    if (component.type !== 'command')
        return settingsComponentSpec(component, deps, source);
    const spec = headerAndPortsSpec(component);
    const put = (key, value) => {
        if (value !== undefined)
            spec[key] = value;
    };
    spec.command = component.command;
    put('code', deps.codeId);
    put('environment', deps.environment);
    put('distribution', component.distribution && specDistribution(component.distribution));
    put('resources', component.resources && pick(component.resources, RESOURCE_KEYS));
    spec._source = source;
    return spec;
}
/**
 * A parallel or spark component's spec: the header and ports as a command component's, then its type's own
 * fields in YAML shape (azure-ai-ml dumps these components with their schema), code and environment as ids.
 */
function settingsComponentSpec(component, deps, source) {
    const spec = headerAndPortsSpec(component);
    const resolved = resolvedParts(deps);
    Object.assign(spec, component.type === 'parallel'
        ? (0,_steps_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .parallelComponentSpecFields */ .hr)(component.settings, resolved)
        : (0,_steps_spark_js__WEBPACK_IMPORTED_MODULE_3__/* .sparkComponentSpecFields */ .BF)(component.settings, resolved));
    spec._source = source;
    return spec;
}
/** The header and ports every componentSpec starts with; azure-ai-ml leaves empty port maps out. */
function headerAndPortsSpec(component) {
    const spec = (0,_steps_header_js__WEBPACK_IMPORTED_MODULE_4__/* .headerSpec */ .rq)(component);
    if (Object.keys(component.inputs).length)
        spec.inputs = Object.fromEntries(Object.values(component.inputs).map((port) => [port.name, inputSpec(port)]));
    if (Object.keys(component.outputs).length)
        spec.outputs = Object.fromEntries(Object.values(component.outputs).map((port) => [port.name, outputSpec(port)]));
    return spec;
}
function outputSpec(port) {
    const out = { type: port.type };
    if (port.description !== undefined)
        out.description = port.description;
    if (port.mode !== undefined)
        out.mode = port.mode;
    return out;
}
/** Keys of azure-ai-ml's schemas for a component's `distribution` (by type) and `resources`; others are dropped. */
const DISTRIBUTION_KEYS = {
    mpi: ['process_count_per_instance'],
    pytorch: ['process_count_per_instance'],
    tensorflow: ['parameter_server_count', 'worker_count'],
    ray: [
        'port',
        'address',
        'include_dashboard',
        'dashboard_port',
        'head_node_additional_args',
        'worker_node_additional_args',
    ],
};
const RESOURCE_KEYS = [
    'instance_count',
    'instance_type',
    'properties',
    'shm_size',
    'docker_args',
    'locations',
    'max_instance_count',
];
function pick(map, keys) {
    return Object.fromEntries(Object.entries(map).filter(([k]) => keys.includes(k)));
}
/** `{type: Pytorch, …}` as azure-ai-ml dumps it into a spec: the type lower-cased, only its schema's keys. */
function specDistribution(distribution) {
    const type = String(distribution.type).toLowerCase();
    return { type, ...pick(distribution, DISTRIBUTION_KEYS[type] ?? []) };
}
/** A `number` port's integral default or bound as Python's `str(float(v))` (`10` → `"10.0"`), else as written. */
function portValue(port, value, source) {
    if (port.type === 'number' && typeof value === 'number' && Number.isInteger(value))
        return `${value}.0`;
    return (0,_python_format_js__WEBPACK_IMPORTED_MODULE_5__/* .pythonStr */ .qV)(value, source);
}
function inputSpec(port) {
    const out = { type: port.type };
    if (port.default !== undefined && port.default !== null)
        out.default = portValue(port, port.default, port.defaultSource);
    if (port.min !== undefined && port.min !== null)
        out.min = portValue(port, port.min);
    if (port.max !== undefined && port.max !== null)
        out.max = portValue(port, port.max);
    if (port.enum)
        out.enum = port.enum.map((v) => (v === null ? null : (0,_python_format_js__WEBPACK_IMPORTED_MODULE_5__/* .pythonStr */ .qV)(v)));
    if (port.optional)
        out.optional = true;
    else if (port.optionalWrittenFalse)
        out.optional = false;
    if (port.description !== undefined)
        out.description = port.description;
    if (port.mode !== undefined)
        out.mode = port.mode;
    return out;
}
/** The ComponentVersion PUT body. */
function componentVersionBody(component, deps, options = {}) {
    const spec = componentSpec(component, deps, options.source ?? 'YAML.COMPONENT');
    // An anonymous component is `azureml_anonymous` version `1` in its spec (the URL's version is its hash).
    if (options.isAnonymous)
        Object.assign(spec, { name: 'azureml_anonymous', version: '1' });
    const body = {
        properties: {
            componentSpec: spec,
            isAnonymous: options.isAnonymous ?? false,
            isArchived: false,
            tags: { ...component.tags, ...options.tags },
            properties: { ...options.properties },
        },
    };
    if (component.description !== undefined)
        body.properties.description = component.description;
    // azure-ai-ml's `_get_component_hash(keys_to_omit=["version"])`: the same spec is the same component whatever
    // its version (the SDK reuses a version whose hash matches).
    if (!options.isAnonymous)
        body.properties.properties.client_component_hash = specHashUuid(spec, ['id', 'version']);
    return body;
}
/**
 * The version azure-ai-ml gives an anonymous component: a UUID made of the md5 of the spec without
 * name/id/version, dumped as Python's `json.dumps(sort_keys=True)`.
 */
function anonymousComponentVersion(spec) {
    // Pipeline components hash their REST spec without `_source` too (azure-ai-ml's `_get_anonymous_hash`).
    const omit = spec.type === 'pipeline' ? ['name', 'id', 'version', '_source'] : ['name', 'id', 'version'];
    return specHashUuid(spec, omit);
}
/** The md5 of a spec without `omit`, as Python's sorted `json.dumps`, shaped as a UUID (azure-ai-ml's hash_dict). */
function specHashUuid(spec, omit) {
    const rest = Object.fromEntries(Object.entries(spec).filter(([k]) => !omit.includes(k)));
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update((0,_python_format_js__WEBPACK_IMPORTED_MODULE_5__/* .pythonJsonDumps */ .MT)(rest)).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}


/***/ }),

/***/ 5059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  em: () => (/* binding */ checkCommand),
  dG: () => (/* binding */ checkDistribution),
  bK: () => (/* binding */ distributionType),
  wr: () => (/* binding */ readCode),
  kM: () => (/* binding */ readCodeAndEnvironment),
  Co: () => (/* binding */ readComponent),
  DN: () => (/* binding */ readEnvironmentUse)
});

// UNUSED EXPORTS: DISTRIBUTION_TYPES, loadComponentFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/yaml/located.ts
var located = __webpack_require__(7054);
// EXTERNAL MODULE: ./shared/yaml/fields.ts
var fields = __webpack_require__(463);
;// CONCATENATED MODULE: ./shared/pipeline/command-template.ts
const PLACEHOLDER = /\$\{\{\s*(inputs|outputs)\.([^\s}]+)\s*\}\}/g;
const OPTIONAL_BLOCK = /\$\[\[([\s\S]*?)\]\]/g;
/** azure-ai-ml's legacy optional block: square brackets around a placeholder, without the `$[[`. */
const LEGACY_OPTIONAL_BLOCK = /\[[^[\]]*\$\{\{\s*inputs\.[^}]+\}\}[^[\]]*\]/g;
function commandPlaceholders(command) {
    const blocks = [...command.matchAll(OPTIONAL_BLOCK), ...command.matchAll(LEGACY_OPTIONAL_BLOCK)].map((m) => [m.index, m.index + m[0].length]);
    return [...command.matchAll(PLACEHOLDER)].map((m) => ({
        namespace: m[1],
        name: m[2],
        text: m[0],
        inOptionalBlock: blocks.some(([start, end]) => m.index >= start && m.index < end),
    }));
}
/** Unbalanced `$[[` / `]]`, which the service rejects at submission. */
function unbalancedOptionalBlock(command) {
    const opens = command.split('$[[').length - 1;
    const closes = command.split(']]').length - 1;
    return opens !== closes;
}

// EXTERNAL MODULE: ./shared/pipeline/steps/header.ts
var header = __webpack_require__(2648);
// EXTERNAL MODULE: ./shared/pipeline/environment.ts
var environment = __webpack_require__(2664);
// EXTERNAL MODULE: ./shared/pipeline/ports.ts
var ports = __webpack_require__(249);
// EXTERNAL MODULE: ./shared/pipeline/refs.ts
var refs = __webpack_require__(4467);
;// CONCATENATED MODULE: ./shared/pipeline/component.ts










const COMPONENT_KEYS = [
    ...header/* COMPONENT_HEADER_KEYS */.NW,
    'command',
    'code',
    'environment',
    'resources',
    'distribution',
    'additional_includes',
];
const NOT_SUPPORTED_KEYS = {
    services: 'interactive services belong on the step or job that runs the component',
    queue_settings: 'queue settings belong on the step or job that runs the component',
};
/** Component types other than command, with why they are refused for now. */
const OTHER_TYPES = {
    parallel: 'parallel components',
    spark: 'spark components',
    pipeline: 'pipeline components (nested pipelines)',
    import: 'import components',
    data_transfer: 'data transfer components',
    sweep: 'sweep components',
};
/** The distributions azure-ai-ml takes, as REST's `distribution_type` spells them; YAML's `type` is lower-case. */
const DISTRIBUTION_TYPES = ['Mpi', 'PyTorch', 'TensorFlow', 'Ray'];
/** The REST `distribution_type` of a YAML distribution `type` (`pytorch` -> `PyTorch`), if it is one. */
function distributionType(type) {
    return DISTRIBUTION_TYPES.find((known) => known.toLowerCase() === type.toLowerCase());
}
/** Loads a component YAML file and everything it points at (environment file, conda file, code folder). */
async function loadComponentFile(path) {
    const yaml = await loadYamlFile(path);
    const problems = new Problems();
    const map = expectMap(yaml.root, 'a component file', problems);
    const component = map ? await readComponent(map, yaml, problems) : undefined;
    problems.throwIfAny(`${path} is not a valid component`);
    return component;
}
/**
 * Reads a component from a map: a whole file or an inline `component:` of a pipeline node. Problems are
 * collected, never thrown, so a pipeline reports all its components' problems at once.
 */
async function readComponent(map, yaml, problems) {
    const type = (0,fields/* readString */.E3)(map, 'type', problems) ?? 'command';
    if (type !== 'command') {
        const label = OTHER_TYPES[type];
        const where = (0,located/* entryOf */.Ms)(map, 'type')?.value.loc ?? map.loc;
        problems.add(label
            ? `not supported yet: ${label}; only command components are`
            : `unknown component type '${type}'; expected command`, where);
        return undefined;
    }
    (0,fields/* checkKeys */.L)(map, COMPONENT_KEYS, problems, 'a command component', NOT_SUPPORTED_KEYS);
    const inputs = (0,ports/* readInputPorts */.Nu)((0,fields/* optionalMap */.xC)(map, 'inputs', problems), problems);
    const outputs = (0,ports/* readOutputPorts */.g5)((0,fields/* optionalMap */.xC)(map, 'outputs', problems), problems);
    const command = (0,fields/* readString */.E3)(map, 'command', problems, { required: true, owner: 'a command component' });
    const environment = await readEnvironmentUse(map, yaml.file, problems);
    const component = {
        type: 'command',
        file: yaml.file,
        loc: map.loc,
        ...(0,header/* readComponentHeader */.jX)(map, problems),
        inputs,
        outputs,
        command: command ?? '',
        environment: environment ?? { kind: 'remote', text: '', ref: { kind: 'id', id: '' } },
    };
    setOptional(component, map, problems);
    component.code = await readCode(map, yaml.file, problems);
    await readAdditionalIncludes(component, map, problems);
    if (command !== undefined)
        checkCommand(component, map, yaml, problems);
    return component;
}
function setOptional(component, map, problems) {
    const resources = (0,fields/* optionalMap */.xC)(map, 'resources', problems);
    if (resources)
        component.resources = (0,located/* toPlain */.Ul)(resources);
    const distribution = (0,fields/* optionalMap */.xC)(map, 'distribution', problems);
    if (distribution) {
        component.distribution = (0,located/* toPlain */.Ul)(distribution);
        checkDistribution(distribution, problems);
    }
}
function checkDistribution(map, problems) {
    const type = (0,fields/* readString */.E3)(map, 'type', problems, { required: true, owner: 'distribution' });
    if (type !== undefined && !distributionType(type)) {
        problems.add(`distribution type '${type}' is not one of ${DISTRIBUTION_TYPES.map((known) => known.toLowerCase()).join(', ')}`, (0,located/* entryOf */.Ms)(map, 'type')?.value.loc);
    }
}
async function readEnvironmentUse(map, file, problems) {
    const node = (0,located/* entryOf */.Ms)(map, 'environment')?.value;
    if (!node || (node.kind === 'scalar' && node.value === null)) {
        problems.add('a command component needs an environment', map.loc);
        return undefined;
    }
    if (node.kind === 'map')
        return { kind: 'local', spec: await (0,environment/* readEnvironment */.Qo)(node, file, problems) };
    if (node.kind !== 'scalar' || typeof node.value !== 'string') {
        problems.add('environment must be azureml:<name>:<version>, azureml:<name>@latest, a registry id, a file or a mapping', node.loc);
        return undefined;
    }
    const text = node.value;
    if ((0,refs/* isRemoteRef */.m0)(text)) {
        const parsed = (0,refs/* parseRemoteRef */.b8)(text);
        if (!parsed.ok)
            problems.add(`environment ${parsed.reason}`, node.loc);
        return parsed.ok ? { kind: 'remote', text, ref: parsed.ref } : undefined;
    }
    const path = (0,refs/* localFilePath */.z5)(text, (0,external_node_path_.dirname)(file));
    try {
        return { kind: 'local', spec: await (0,environment/* loadEnvironmentFile */.CQ)(path), file: path };
    }
    catch (error) {
        if (!(error instanceof errors/* ValidationError */.yI))
            throw error;
        const missing = error.problems.some((p) => p.message.includes('file not found'));
        if (missing)
            problems.add(`environment file '${text}' does not exist (looked for ${path})`, node.loc);
        else
            problems.merge(error.problems);
        return undefined;
    }
}
/**
 * `additional_includes`: files and folders (relative to the component file) copied to the root of the code
 * snapshot, as azure-ai-ml does before uploading; they change the code's content hash like any other file.
 */
async function readAdditionalIncludes(component, map, problems) {
    const node = (0,located/* entryOf */.Ms)(map, 'additional_includes')?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return;
    if (node.kind !== 'seq') {
        problems.add('additional_includes must be a list of paths', node.loc);
        return;
    }
    const code = component.code;
    if (!code || !('local' in code)) {
        problems.add('not supported yet: additional_includes without a local code folder', node.loc);
        return;
    }
    const includes = [];
    for (const item of node.items) {
        if (item.kind !== 'scalar' || typeof item.value !== 'string') {
            problems.add('additional_includes must be a list of paths', item.loc);
            continue;
        }
        const path = (0,refs/* localFilePath */.z5)(item.value, (0,external_node_path_.dirname)(component.file));
        if (/\.zip$/i.test(item.value))
            problems.add(`not supported yet: zip files in additional_includes ('${item.value}')`, item.loc);
        else if (!(await (0,promises_.stat)(path).catch(() => undefined)))
            problems.add(`additional include '${item.value}' does not exist (looked for ${path})`, item.loc);
        else
            includes.push(path);
    }
    code.additionalIncludes = includes;
}
/**
 * `code:` and, when written, `environment:` of a parallel task or a spark component; a command component's
 * environment is required and read with its other fields.
 */
async function readCodeAndEnvironment(map, file, problems) {
    const code = await readCode(map, file, problems);
    const environment = (0,located/* entryOf */.Ms)(map, 'environment') ? await readEnvironmentUse(map, file, problems) : undefined;
    return { ...(code ? { code } : {}), ...(environment ? { environment } : {}) };
}
async function readCode(map, file, problems) {
    const node = (0,located/* entryOf */.Ms)(map, 'code')?.value;
    const text = (0,fields/* readString */.E3)(map, 'code', problems);
    if (text === undefined || !node)
        return undefined;
    if ((0,refs/* isRemoteRef */.m0)(text) || /^[a-z][a-z0-9+.-]*:\/\//i.test(text))
        return { remote: text };
    const local = (0,refs/* localFilePath */.z5)(text, (0,external_node_path_.dirname)(file));
    const exists = await (0,promises_.stat)(local).then(() => true, () => false);
    if (!exists)
        problems.add(`code '${text}' does not exist (looked for ${local})`, node.loc);
    return { local };
}
/** Every `${{inputs.x}}`/`${{outputs.x}}` must name a declared port; optional inputs belong in `$[[ ]]`. */
function checkCommand(component, map, yaml, problems) {
    const node = (0,located/* entryOf */.Ms)(map, 'command')?.value;
    if (!node)
        return;
    if (unbalancedOptionalBlock(component.command))
        problems.add('command has a $[[ without its ]] (or the reverse)', node.loc);
    for (const p of commandPlaceholders(component.command)) {
        const where = (0,located/* locateText */.uU)(yaml, node, p.text);
        const ports = p.namespace === 'inputs' ? component.inputs : component.outputs;
        const port = ports[p.name];
        if (!port) {
            const declared = Object.keys(ports);
            const hint = declared.length
                ? `declared ${p.namespace}: ${declared.join(', ')}`
                : `no ${p.namespace} are declared`;
            problems.add(`command uses ${p.text} but there is no such ${p.namespace.slice(0, -1)} (${hint})`, where);
        }
        else if (p.namespace === 'inputs' && port.optional && !p.inOptionalBlock) {
            problems.add(`input '${p.name}' is optional, so ${p.text} must sit inside a $[[ ... ]] block`, where);
        }
    }
}


/***/ }),

/***/ 2664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ loadEnvironmentFile),
/* harmony export */   Gn: () => (/* binding */ environmentVersionBody),
/* harmony export */   Qo: () => (/* binding */ readEnvironment)
/* harmony export */ });
/* unused harmony export condaText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(463);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4467);






const ENVIRONMENT_KEYS = [
    '$schema',
    'name',
    'version',
    'description',
    'tags',
    'image',
    'conda_file',
    'build',
    'inference_config',
    'os_type',
];
/** Loads an environment YAML file; every problem in it is thrown together as one ValidationError. */
async function loadEnvironmentFile(path) {
    const yaml = await (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYamlFile */ .Y3)(path);
    const problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .Problems */ .Zw();
    const map = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .expectMap */ .Ym)(yaml.root, 'an environment file', problems);
    const env = map ? await readEnvironment(map, yaml.file, problems) : undefined;
    problems.throwIfAny(`${path} is not a valid environment`);
    return env;
}
/**
 * Reads an environment from a map: a whole file, or an inline `environment:` of a component (then paths are
 * relative to that component's file).
 */
async function readEnvironment(map, file, problems) {
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .checkKeys */ .L)(map, ENVIRONMENT_KEYS, problems, 'an environment');
    const env = { file, loc: map.loc };
    assign(env, 'name', (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)(map, 'name', problems));
    assign(env, 'version', (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)(map, 'version', problems));
    assign(env, 'description', (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)(map, 'description', problems));
    assign(env, 'tags', (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readStringMap */ .oI)(map, 'tags', problems));
    assign(env, 'image', (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)(map, 'image', problems));
    assign(env, 'conda', await readConda(map, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), problems));
    assign(env, 'build', await readBuild(map, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), problems));
    assign(env, 'inferenceConfig', readInferenceConfig(map, problems));
    const os = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)(map, 'os_type', problems);
    if (os !== undefined) {
        const normalized = os.toLowerCase() === 'windows' ? 'Windows' : os.toLowerCase() === 'linux' ? 'Linux' : undefined;
        if (normalized)
            env.osType = normalized;
        else
            problems.add(`os_type must be linux or windows, got '${os}'`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(map, 'os_type')?.value.loc);
    }
    checkImageOrBuild(env, map, problems);
    return env;
}
function assign(env, key, value) {
    if (value !== undefined)
        env[key] = value;
}
/** The service builds an image from exactly one base: a Docker image (plus conda) or a build context. */
function checkImageOrBuild(env, map, problems) {
    if (env.image && env.build)
        problems.add('an environment takes either image or build, not both', map.loc);
    if (!env.image && !env.build && !(0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(map, 'build')) {
        problems.add('an environment needs an image (with an optional conda_file) or a build context', map.loc);
    }
    if (env.build && (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(map, 'conda_file')) {
        problems.add('conda_file cannot be combined with build: put the conda file in the build context', (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(map, 'conda_file')?.keyLoc);
    }
}
async function readConda(map, baseDir, problems) {
    const node = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(map, 'conda_file')?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    if (node.kind === 'map')
        return { text: condaText((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlain */ .Ul)(node)), from: 'inline' };
    if (node.kind !== 'scalar' || typeof node.value !== 'string') {
        problems.add('conda_file must be a path to a conda YAML file or an inline mapping', node.loc);
        return undefined;
    }
    const path = (0,_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .localFilePath */ .z5)(node.value, baseDir);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        problems.add(`conda_file '${node.value}' does not exist (looked for ${path})`, node.loc);
        return undefined;
    }
    try {
        return { text: condaText((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlain */ .Ul)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(text, path).root)), from: path };
    }
    catch (error) {
        problems.add(`conda_file '${node.value}' is not valid YAML: ${error.message}`, node.loc);
        return undefined;
    }
}
/** azure-ai-ml loads the conda file and sends it re-dumped with sorted keys, lists not indented (PyYAML style). */
function condaText(conda) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(conda, { sortMapEntries: true, indentSeq: false, lineWidth: 0 });
}
async function readBuild(map, baseDir, problems) {
    const build = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalMap */ .xC)(map, 'build', problems);
    if (!build)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .checkKeys */ .L)(build, ['path', 'dockerfile_path'], problems, 'build');
    const path = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)(build, 'path', problems, { required: true, owner: 'build' });
    const dockerfilePath = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)(build, 'dockerfile_path', problems) ?? 'Dockerfile';
    if (path === undefined)
        return undefined;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.startsWith('git+'))
        return { uri: path, dockerfilePath };
    const local = (0,_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .localFilePath */ .z5)(path, baseDir);
    const isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(local).then((s) => s.isDirectory(), () => false);
    if (!isDir) {
        problems.add(`build path '${path}' is not a folder (looked for ${local})`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(build, 'path')?.value.loc);
        return undefined;
    }
    return { local, dockerfilePath };
}
function readInferenceConfig(map, problems) {
    const config = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalMap */ .xC)(map, 'inference_config', problems);
    if (!config)
        return undefined;
    const routes = {
        liveness_route: 'livenessRoute',
        readiness_route: 'readinessRoute',
        scoring_route: 'scoringRoute',
    };
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .checkKeys */ .L)(config, Object.keys(routes), problems, 'inference_config');
    const out = {};
    for (const [yamlKey, restKey] of Object.entries(routes)) {
        const route = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalMap */ .xC)(config, yamlKey, problems);
        if (!route)
            continue;
        const path = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)(route, 'path', problems, { required: true, owner: yamlKey });
        const port = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumber */ .kz)(route, 'port', problems);
        if (path !== undefined && port !== undefined)
            out[restKey] = { path, port };
        else if (port === undefined)
            problems.add(`${yamlKey} needs a port`, route.loc);
    }
    return out;
}
/** The EnvironmentVersion PUT body. */
function environmentVersionBody(env, options = {}) {
    const properties = {
        isAnonymous: options.isAnonymous ?? false,
        tags: { ...env.tags, ...options.tags },
        properties: { ...options.properties },
    };
    if (env.description !== undefined)
        properties.description = env.description;
    if (env.image)
        properties.image = env.image;
    if (env.conda)
        properties.condaFile = env.conda.text;
    if (env.build) {
        const contextUri = env.build.uri ?? options.buildContextUri;
        if (!contextUri)
            throw new Error(`internal: the build context of ${env.file} must be uploaded before registration`);
        properties.build = { contextUri, dockerfilePath: env.build.dockerfilePath };
    }
    if (env.inferenceConfig)
        properties.inferenceConfig = env.inferenceConfig;
    if (env.osType)
        properties.osType = env.osType;
    return { properties };
}


/***/ }),

/***/ 1904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tx: () => (/* binding */ stepComponentUse),
/* harmony export */   y: () => (/* binding */ inlineCommandComponent)
/* harmony export */ });
/* unused harmony export inferStepPorts */
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5059);
/* harmony import */ var _pipeline_node_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6712);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(249);





/**
 * A step written as a command (no `component:`) is registered as an anonymous command component whose ports
 * are inferred from what the step binds, as azure-ai-ml does: literals by their YAML type, pipeline inputs by
 * theirs, step outputs as uri_folder.
 */
async function inlineCommandComponent(map, node, ctx) {
    const command = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'command', ctx.problems, { required: true, owner: `step '${node.name}'` });
    const environment = await (0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .readEnvironmentUse */ .DN)(map, ctx.yaml.file, ctx.problems);
    if (command === undefined || !environment)
        return undefined;
    const component = {
        type: 'command',
        file: ctx.yaml.file,
        loc: map.loc,
        name: node.name,
        isDeterministic: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(map, 'is_deterministic', ctx.problems) ?? true,
        inputs: Object.fromEntries(Object.entries(node.inputs).map(([name, input]) => [name, inferInput(name, input, ctx)])),
        outputs: Object.fromEntries(Object.entries(node.outputs).map(([name, output]) => [name, inferOutput(name, output, ctx)])),
        command,
        environment,
    };
    // Outputs the command writes to but the step does not list are still ports of the component.
    for (const match of command.matchAll(/\$\{\{\s*outputs\.(\w+)\s*\}\}/g)) {
        component.outputs[match[1]] ??= { name: match[1], type: 'uri_folder', loc: map.loc };
    }
    const code = await (0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .readCode */ .wr)(map, ctx.yaml.file, ctx.problems);
    if (code)
        component.code = code;
    if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'command'))
        (0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .checkCommand */ .em)(component, map, ctx.yaml, ctx.problems);
    return component;
}
function inferInput(name, input, ctx) {
    return { name, type: inferInputType(input, ctx), optional: false, loc: input.loc };
}
/**
 * The component of a parallel or spark step: the one its `component:` names, or else the anonymous one
 * azure-ai-ml registers from the step's own settings, which `inline` builds over the step's base (undefined,
 * with a problem recorded, when the step has not what such a component needs).
 */
async function stepComponentUse(node, map, ctx, type, inline) {
    if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'component'))
        return (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_3__/* .readComponentUse */ .j)(node.name, map, ctx, type);
    const base = {
        file: ctx.yaml.file,
        loc: node.loc,
        isDeterministic: true,
        ...inferStepPorts(node, ctx),
    };
    const component = inline(base);
    return component && { kind: 'inline', component };
}
/**
 * The ports of an anonymous parallel or spark component built from a step: inferred as for an inline command,
 * and a port bound straight to a pipeline port takes that port's mode (recorded: inline parallel, tabular input).
 */
function inferStepPorts(node, ctx) {
    const inputs = {};
    for (const [name, input] of Object.entries(node.inputs))
        inputs[name] = withMode(inferInput(name, input, ctx), inputMode(input, ctx));
    const outputs = {};
    for (const [name, output] of Object.entries(node.outputs))
        outputs[name] = withMode(inferOutput(name, output, ctx), outputMode(output, ctx));
    return { inputs, outputs };
}
function withMode(port, mode) {
    return mode ? { ...port, mode } : port;
}
/** An input's own mode, else that of the data pipeline input it is bound straight to. */
function inputMode(input, ctx) {
    if (input.kind === 'literal')
        return undefined;
    const upstream = input.kind === 'binding' && input.binding.scope === 'parent.inputs'
        ? ctx.pipelineInputs[input.binding.name]
        : undefined;
    return input.mode ?? (upstream?.kind === 'data' ? upstream.mode : undefined);
}
/** An output's own mode, else that of the pipeline output it is bound straight to. */
function outputMode(output, ctx) {
    const upstream = output.kind === 'binding' && output.binding.scope === 'parent.outputs'
        ? ctx.pipelineOutputs[output.binding.name]
        : undefined;
    return output.mode ?? upstream?.mode;
}
function inferInputType(input, ctx) {
    if (input.kind === 'literal')
        return (0,_ports_js__WEBPACK_IMPORTED_MODULE_4__/* .inferLiteralType */ .k0)(input.value, input.source);
    if (input.kind === 'data')
        return input.type;
    if (input.binding.scope === 'parent.inputs') {
        const upstream = ctx.pipelineInputs[input.binding.name];
        if (upstream?.kind === 'data')
            return upstream.type;
        if (upstream?.kind === 'literal')
            return upstream.type ?? (0,_ports_js__WEBPACK_IMPORTED_MODULE_4__/* .inferLiteralType */ .k0)(upstream.value, upstream.source);
    }
    return 'uri_folder';
}
function inferOutput(name, output, ctx) {
    if (output.kind === 'settings')
        return { name, type: output.type ?? 'uri_folder', loc: output.loc };
    const parentOutput = output.binding.scope === 'parent.outputs' ? ctx.pipelineOutputs[output.binding.name] : undefined;
    return { name, type: parentOutput?.type ?? 'uri_folder', loc: output.loc };
}


/***/ }),

/***/ 8940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ nodeSource),
/* harmony export */   G4: () => (/* binding */ automlNodeToRest),
/* harmony export */   Jk: () => (/* binding */ commandNodeToRest),
/* harmony export */   Kv: () => (/* binding */ jobIdentity),
/* harmony export */   Ll: () => (/* binding */ dataUri),
/* harmony export */   Mq: () => (/* binding */ mode),
/* harmony export */   fq: () => (/* binding */ localComponent),
/* harmony export */   hl: () => (/* binding */ remoteComponentId),
/* harmony export */   q$: () => (/* binding */ componentNodeHead),
/* harmony export */   zK: () => (/* binding */ nodeHead)
/* harmony export */ });
/* unused harmony exports assetId, commonFields, nodeIdentity, nodeInputs, nodeOutputs, restDistribution */
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5059);
/* harmony import */ var _bindings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5199);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(249);
/* harmony import */ var _python_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(219);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4467);





/** Helpers every step type's `toRest` uses: ports, data ids, the fields all steps share. */
function mode(yamlMode, modes) {
    return yamlMode ? { mode: modes[yamlMode] } : {};
}
/** A data path as the service takes it: URIs unchanged, assets as ARM ids, local paths uploaded. */
async function dataUri(input, resolver) {
    const path = input.path;
    switch (path.kind) {
        case 'uri':
            return path.uri;
        case 'local':
            return resolver.uploadLocalData(path.path, input.type);
        case 'asset':
            return assetId(path.ref, isModel(input.type) ? 'models' : 'data', resolver);
        case 'invalid':
            throw new Error(`internal: invalid path '${input.pathText}' reached conversion`);
    }
}
function isModel(type) {
    return type === 'mlflow_model' || type === 'custom_model' || type === 'triton_model';
}
async function assetId(ref, collection, resolver) {
    if (ref.kind === 'id')
        return ref.id;
    const version = ref.kind === 'version' ? ref.version : await resolver.resolveLabel(collection, ref.name, ref.label);
    return (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .versionId */ .Ik)(resolver.workspaceId, collection, ref.name, version);
}
/**
 * The componentId of a remote reference: registry ids and ARM ids as written, workspace `@latest` addressed as
 * `…/components/{name}/labels/latest` without a call (as azure-ai-ml does), other labels looked up.
 */
async function remoteComponentId(ref, resolver) {
    if (ref.kind === 'id')
        return ref.id;
    if (ref.kind === 'label' && ref.label === 'latest')
        return `${resolver.workspaceId}/components/${ref.name}/labels/latest`;
    return assetId(ref, 'components', resolver);
}
/**
 * A node's `_source`, as azure-ai-ml sets it from how the step names its component: a registry reference is
 * `REMOTE.REGISTRY`, a bare relative path `YAML.COMPONENT`, a `file:` path, an inline one or a workspace
 * reference `YAML.JOB`.
 */
function nodeSource(use) {
    if (use.kind === 'remote')
        return use.ref.kind === 'id' && use.ref.id.startsWith('azureml://registries/') ? 'REMOTE.REGISTRY' : 'YAML.JOB';
    return use.kind === 'local' && !use.fileScheme ? 'YAML.COMPONENT' : 'YAML.JOB';
}
/** The component a step runs, when it is local or inline (its ports are known). */
function localComponent(use) {
    return use.kind === 'remote' ? undefined : use.component;
}
/**
 * What every step's dict starts with (azure-ai-ml's `BaseNode._to_rest_object`): name, type, `_source` from the
 * component `use`, then `componentId` when the step type sends it here, compute, the bindings (azure-ai-ml leaves
 * empty maps out of a node) and the common fields.
 */
async function nodeHead(node, use, ctx, componentId) {
    const dict = { name: node.name, type: node.type, _source: nodeSource(use) };
    if (componentId !== undefined)
        dict.componentId = componentId;
    if (node.compute !== undefined)
        dict.computeId = (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .computeId */ .HM)(ctx.workspaceId, node.compute);
    const inputs = await nodeInputs(node, ctx.resolver);
    if (Object.keys(inputs).length)
        dict.inputs = inputs;
    const outputs = nodeOutputs(node, localComponent(use));
    if (Object.keys(outputs).length)
        dict.outputs = outputs;
    commonFields(node, dict);
    return dict;
}
/**
 * Where a step that sends its component's id beside the common fields (parallel, spark) starts: the common fields,
 * the id, and the component when it is local (its settings are the defaults the step overrides).
 */
async function componentNodeHead(node, use, ctx) {
    const dict = await nodeHead(node, use, ctx);
    return { dict, componentId: await ctx.componentId(use), component: localComponent(use) };
}
/** A command step's dict (azure-ai-ml's `Command._to_rest_object`). */
async function commandNodeToRest(node, ctx) {
    const dict = await nodeHead(node, node.component, ctx, await ctx.componentId(node.component));
    if (node.environmentVariables)
        dict.environment_variables = node.environmentVariables;
    if (node.resources)
        dict.resources = node.resources;
    if (node.distribution)
        dict.distribution = restDistribution(node.distribution);
    if (node.timeoutSeconds !== undefined)
        dict.limits = { job_limits_type: 'Command', timeout: `PT${node.timeoutSeconds}S` };
    if (node.services)
        dict.services = node.services;
    return dict;
}
function commonFields(node, dict) {
    if (node.displayName !== undefined)
        dict.display_name = node.displayName;
    if (node.description !== undefined)
        dict.description = node.description;
    if (node.tags)
        dict.tags = node.tags;
    // azure-ai-ml drops empty maps from a node (`convert_ordered_dict_to_dict`).
    if (node.properties && Object.keys(node.properties).length)
        dict.properties = node.properties;
    if (node.identity)
        dict.identity = nodeIdentity(node.identity);
    if (node.queueSettings && Object.keys(node.queueSettings).length)
        dict.queue_settings = node.queueSettings;
}
/** A step's identity as azure-ai-ml dumps it into the node: `{type: user_identity}` (YAML names, snake_case). */
function nodeIdentity(identity) {
    const out = { type: identity.type };
    if (identity.clientId !== undefined)
        out.client_id = identity.clientId;
    if (identity.objectId !== undefined)
        out.object_id = identity.objectId;
    if (identity.resourceId !== undefined)
        out.msi_resource_id = identity.resourceId;
    return out;
}
const IDENTITY_TYPES = {
    aml_token: 'AMLToken',
    managed: 'Managed',
    user_identity: 'UserIdentity',
};
/** A job's identity in the REST shape of `IdentityConfiguration` (`identityType` discriminator, camelCase). */
function jobIdentity(identity) {
    const out = { identityType: IDENTITY_TYPES[identity.type] };
    if (identity.clientId !== undefined)
        out.clientId = identity.clientId;
    if (identity.objectId !== undefined)
        out.objectId = identity.objectId;
    if (identity.resourceId !== undefined)
        out.resourceId = identity.resourceId;
    return out;
}
async function nodeInputs(node, resolver) {
    const out = {};
    for (const [name, input] of Object.entries(node.inputs)) {
        const rest = await nodeInput(input, resolver);
        if (rest)
            out[name] = rest;
    }
    return out;
}
async function nodeInput(input, resolver) {
    if (input.kind === 'binding')
        return { job_input_type: 'literal', value: (0,_bindings_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBinding */ .VT)(input.binding), ...mode(input.mode, _ports_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_MODES */ .mG) };
    if (input.kind === 'literal')
        return input.value === null
            ? undefined
            : { job_input_type: 'literal', value: (0,_python_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pythonStr */ .qV)(input.value, input.source) };
    return { job_input_type: input.type, uri: await dataUri(input, resolver), ...mode(input.mode, _ports_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_MODES */ .mG) };
}
function nodeOutputs(node, component) {
    const out = {};
    for (const [name, output] of Object.entries(node.outputs))
        out[name] = nodeOutput(output, component?.outputs[name]?.type);
    return out;
}
function nodeOutput(output, declared) {
    // Bound outputs use `type`, not `job_output_type` (azure-ai-ml's PipelineOutput binding shape).
    if (output.kind === 'binding')
        return { value: (0,_bindings_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBinding */ .VT)(output.binding), type: 'literal', ...mode(output.mode, _ports_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT_MODES */ .fG) };
    const type = declared === 'uri_file' ? 'uri_file' : (output.type ?? declared ?? 'uri_folder');
    const rest = { job_output_type: type, ...mode(output.mode, _ports_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT_MODES */ .fG) };
    // azure-ai-ml's node outputs are REST models dumped with `as_dict()`: snake_case attribute names.
    if (output.assetName !== undefined)
        rest.asset_name = output.assetName;
    if (output.assetVersion !== undefined)
        rest.asset_version = output.assetVersion;
    if (output.path !== undefined)
        rest.uri = output.path;
    return rest;
}
/** `{type: pytorch, process_count_per_instance: 2}` → `{distribution_type: "PyTorch", process_count_per_instance: 2}`. */
function restDistribution(distribution) {
    const { type, ...rest } = distribution;
    return { distribution_type: (0,_component_js__WEBPACK_IMPORTED_MODULE_0__/* .distributionType */ .bK)(String(type)) ?? String(type), ...rest };
}
function automlNodeToRest(node, workspaceId) {
    const dict = { ...node.automl, name: node.name, type: 'automl', _source: 'YAML.JOB' };
    for (const [field, { binding }] of Object.entries(node.automlBindings ?? {}))
        dict[field] = (0,_bindings_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBinding */ .VT)(binding);
    if (node.compute !== undefined)
        dict.computeId = (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .computeId */ .HM)(workspaceId, node.compute);
    commonFields(node, dict);
    dict.outputs = nodeOutputs(node, undefined);
    return dict;
}


/***/ }),

/***/ 6712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FM: () => (/* binding */ readCommonFields),
/* harmony export */   fO: () => (/* binding */ COMMAND_KEYS),
/* harmony export */   j: () => (/* binding */ readComponentUse),
/* harmony export */   pL: () => (/* binding */ readCommandFields),
/* harmony export */   uR: () => (/* binding */ readStepBase),
/* harmony export */   xH: () => (/* binding */ readPorts)
/* harmony export */ });
/* unused harmony exports COMMON_KEYS, readJobFields, readIdentity, readNodeInput, readNodeOutput, readAssetNaming */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(463);
/* harmony import */ var _bindings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5199);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5059);
/* harmony import */ var _steps_header_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2648);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(249);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4467);








/** Keys every step type takes. */
const COMMON_KEYS = [
    'type',
    'inputs',
    'outputs',
    'compute',
    'display_name',
    'description',
    'tags',
    'properties',
    'identity',
    'queue_settings',
    'name',
    'experiment_name',
];
/** Keys of a command step (`type: command`), beside the common ones. */
const COMMAND_KEYS = [
    ...COMMON_KEYS,
    'component',
    'environment_variables',
    'resources',
    'distribution',
    'limits',
    'services',
    // inline command steps
    'command',
    'code',
    'environment',
    'is_deterministic',
];
function readPorts(map, ctx) {
    const baseDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(ctx.yaml.file);
    const inputs = {};
    for (const entry of (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalMap */ .xC)(map, 'inputs', ctx.problems)?.entries ?? []) {
        const input = readNodeInput(entry.key, entry.value, baseDir, ctx.problems);
        if (input)
            inputs[entry.key] = input;
    }
    const outputs = {};
    for (const entry of (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalMap */ .xC)(map, 'outputs', ctx.problems)?.entries ?? []) {
        const output = readNodeOutput(entry.key, entry.value, ctx.problems);
        if (output)
            outputs[entry.key] = output;
    }
    return { inputs, outputs };
}
/** What a pipeline job and each of its steps read alike: `strings` (YAML key -> field), tags, properties, identity. */
function readJobFields(target, map, strings, problems) {
    (0,_steps_header_js__WEBPACK_IMPORTED_MODULE_4__/* .readStringFields */ .Pz)(target, map, strings, problems);
    const tags = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readStringMap */ .oI)(map, 'tags', problems);
    if (tags)
        target.tags = tags;
    const properties = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readStringMap */ .oI)(map, 'properties', problems);
    if (properties)
        target.properties = properties;
    const identity = readIdentity(map, problems);
    if (identity)
        target.identity = identity;
}
/**
 * What every step has, read once its keys are checked (the common ones and `keys`, its type's own); `type`
 * names it in messages (`parallel step 'x'`).
 */
function readStepBase(name, map, ctx, type, keys) {
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkKeys */ .L)(map, [...COMMON_KEYS, ...keys], ctx.problems, `${type} step '${name}'`);
    const node = { name, loc: map.loc, type, ...readPorts(map, ctx) };
    readCommonFields(node, map, ctx.problems);
    return node;
}
function readCommonFields(node, map, problems) {
    readJobFields(node, map, { compute: 'compute', display_name: 'displayName', description: 'description' }, problems);
    const queue = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalMap */ .xC)(map, 'queue_settings', problems);
    if (queue)
        node.queueSettings = readQueueSettings(queue, problems);
}
const IDENTITY_TYPES = ['aml_token', 'managed', 'user_identity'];
/** `identity: {type: aml_token | managed | user_identity, client_id?, object_id?, resource_id?}`. */
function readIdentity(map, problems) {
    const identity = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalMap */ .xC)(map, 'identity', problems);
    if (!identity)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkKeys */ .L)(identity, ['type', 'client_id', 'object_id', 'msi_resource_id'], problems, 'identity');
    const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(identity, 'type', problems, { required: true, owner: 'identity' });
    if (type === undefined)
        return undefined;
    const normalized = type.toLowerCase().replace(/^managed_identity$/, 'managed');
    if (!IDENTITY_TYPES.includes(normalized)) {
        problems.add(`identity type '${type}' is not one of ${IDENTITY_TYPES.join(', ')}`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(identity, 'type')?.value.loc);
        return undefined;
    }
    const result = { type: normalized, loc: identity.loc };
    const ids = { client_id: 'clientId', object_id: 'objectId', msi_resource_id: 'resourceId' };
    for (const [key, field] of Object.entries(ids)) {
        const value = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(identity, key, problems);
        if (value !== undefined)
            result[field] = value;
    }
    if (normalized !== 'managed' && (result.clientId || result.objectId || result.resourceId))
        problems.add(`identity of type ${normalized} takes no client_id/object_id/msi_resource_id`, identity.loc);
    return result;
}
/** `queue_settings: {job_tier: spot|basic|standard|premium|null, priority?}` as azure-ai-ml sends it. */
function readQueueSettings(map, problems) {
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkKeys */ .L)(map, ['job_tier', 'priority'], problems, 'queue_settings');
    const out = {};
    const tier = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(map, 'job_tier', problems);
    if (tier !== undefined) {
        const tiers = {
            null: 'Null',
            spot: 'Spot',
            basic: 'Basic',
            standard: 'Standard',
            premium: 'Premium',
        };
        const rest = tiers[tier.toLowerCase()];
        if (rest)
            out.job_tier = rest;
        else
            problems.add(`queue_settings.job_tier '${tier}' is not one of ${Object.keys(tiers).join(', ')}`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, 'job_tier')?.value.loc);
    }
    const priority = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(map, 'priority', problems);
    if (priority !== undefined)
        out.priority = priority;
    return out;
}
function readCommandFields(node, map, problems) {
    const env = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readStringMap */ .oI)(map, 'environment_variables', problems);
    if (env)
        node.environmentVariables = env;
    const resources = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalMap */ .xC)(map, 'resources', problems);
    if (resources)
        node.resources = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlain */ .Ul)(resources);
    const distribution = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalMap */ .xC)(map, 'distribution', problems);
    if (distribution) {
        (0,_component_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDistribution */ .dG)(distribution, problems);
        node.distribution = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlain */ .Ul)(distribution);
    }
    const limits = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalMap */ .xC)(map, 'limits', problems);
    if (limits) {
        (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkKeys */ .L)(limits, ['timeout'], problems, 'limits of a command step');
        const timeout = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readNumber */ .kz)(limits, 'timeout', problems);
        if (timeout !== undefined)
            node.timeoutSeconds = timeout;
    }
    const services = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalMap */ .xC)(map, 'services', problems);
    if (services)
        node.services = readServices(services, problems);
}
const SERVICE_TYPES = {
    vs_code: 'VSCode',
    jupyter_lab: 'JupyterLab',
    tensor_board: 'TensorBoard',
    ssh: 'SSH',
};
/** Interactive services: `{type: tensor_board, log_dir}` becomes the service's `{job_service_type, properties}`. */
function readServices(map, problems) {
    const out = {};
    for (const entry of map.entries) {
        const service = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .expectMap */ .Ym)(entry.value, `service '${entry.key}'`, problems);
        if (!service)
            continue;
        const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(service, 'type', problems, { required: true, owner: `service '${entry.key}'` });
        if (type === undefined)
            continue;
        if (!(type in SERVICE_TYPES)) {
            problems.add(`service '${entry.key}' has unknown type '${type}'; use ${Object.keys(SERVICE_TYPES).join(', ')}`, service.loc);
            continue;
        }
        const rest = { job_service_type: SERVICE_TYPES[type] };
        const properties = {};
        for (const e of service.entries) {
            if (e.key === 'type')
                continue;
            if (e.key === 'port' || e.key === 'nodes')
                rest[e.key] = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlain */ .Ul)(e.value);
            else if (e.key === 'log_dir')
                properties.logDir = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlain */ .Ul)(e.value);
            else if (e.key === 'ssh_public_keys')
                properties.sshPublicKeys = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlain */ .Ul)(e.value);
            else
                problems.add(`unknown key '${e.key}' in service '${entry.key}'`, e.keyLoc);
        }
        if (Object.keys(properties).length > 0)
            rest.properties = properties;
        out[entry.key] = rest;
    }
    return out;
}
function readNodeInput(name, node, baseDir, problems) {
    if (node.kind === 'scalar') {
        if (node.value === null)
            return undefined;
        const parsed = typeof node.value === 'string' ? (0,_bindings_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBinding */ .Vy)(node.value) : undefined;
        if (parsed?.ok === false)
            problems.add(`input '${name}': ${parsed.reason}`, node.loc);
        if (parsed?.ok)
            return { kind: 'binding', binding: parsed.binding, loc: node.loc };
        return parsed ? undefined : { kind: 'literal', value: node.value, source: node.source, loc: node.loc };
    }
    const map = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .expectMap */ .Ym)(node, `input '${name}'`, problems);
    if (!map)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkKeys */ .L)(map, ['type', 'path', 'mode', 'value', 'optional', 'description'], problems, `input '${name}'`);
    const valueNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, 'value')?.value;
    if (valueNode)
        return readNodeInput(name, valueNode, baseDir, problems);
    const mode = (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .readMode */ .Em)(map, _ports_js__WEBPACK_IMPORTED_MODULE_5__/* .INPUT_MODES */ .mG, problems);
    const pathText = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(map, 'path', problems);
    const binding = pathText === undefined ? undefined : (0,_bindings_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBinding */ .Vy)(pathText);
    if (binding?.ok === false)
        problems.add(`input '${name}': ${binding.reason}`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, 'path')?.value.loc);
    if (binding?.ok)
        return { kind: 'binding', binding: binding.binding, loc: map.loc, ...(mode ? { mode } : {}) };
    const type = readDataType(map, problems) ?? 'uri_folder';
    if (pathText === undefined) {
        problems.add(`input '${name}' of type ${type} needs a path`, map.loc);
        return undefined;
    }
    const path = (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseDataPath */ .$U)(pathText, baseDir);
    if (path.kind === 'invalid')
        problems.add(`input '${name}': path ${path.reason}`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, 'path')?.value.loc);
    return { kind: 'data', type, path, pathText, loc: map.loc, ...(mode ? { mode } : {}) };
}
function readDataType(map, problems) {
    const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(map, 'type', problems);
    if (type === undefined)
        return undefined;
    if ((0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .isDataType */ .ZM)(type))
        return type;
    problems.add(`type '${type}' is not a data type; use uri_file, uri_folder, mltable, custom_model, mlflow_model or triton_model`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, 'type')?.value.loc);
    return undefined;
}
function readNodeOutput(name, node, problems) {
    if (node.kind === 'scalar') {
        if (node.value === null)
            return undefined;
        const parsed = typeof node.value === 'string' ? (0,_bindings_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBinding */ .Vy)(node.value) : undefined;
        if (parsed?.ok && parsed.binding.scope === 'parent.outputs')
            return { kind: 'binding', binding: parsed.binding, loc: node.loc };
        problems.add(`output '${name}' must be \${{parent.outputs.<name>}} or a mapping with type/mode/path, got ${(0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .describeKind */ .SB)(node)}`, node.loc);
        return undefined;
    }
    const map = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .expectMap */ .Ym)(node, `output '${name}'`, problems);
    if (!map)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkKeys */ .L)(map, ['type', 'mode', 'path', 'description', 'name', 'version'], problems, `output '${name}'`);
    const mode = (0,_ports_js__WEBPACK_IMPORTED_MODULE_5__/* .readMode */ .Em)(map, _ports_js__WEBPACK_IMPORTED_MODULE_5__/* .OUTPUT_MODES */ .fG, problems);
    const path = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(map, 'path', problems);
    const binding = path === undefined ? undefined : (0,_bindings_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBinding */ .Vy)(path);
    if (binding?.ok)
        return { kind: 'binding', binding: binding.binding, loc: map.loc, ...(mode ? { mode } : {}) };
    const output = { kind: 'settings', loc: map.loc };
    const type = readDataType(map, problems);
    if (type)
        output.type = type;
    if (mode)
        output.mode = mode;
    if (path !== undefined)
        output.path = path;
    Object.assign(output, readAssetNaming(map, name, problems));
    return output;
}
/** `name:`/`version:` of an output: the data asset it is registered as (a version needs a name). */
function readAssetNaming(map, port, problems) {
    const out = {};
    const assetName = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(map, 'name', problems);
    if (assetName !== undefined)
        out.assetName = assetName;
    const versionNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, 'version')?.value;
    if (versionNode?.kind === 'scalar' && versionNode.value !== null) {
        out.assetVersion = String(versionNode.value);
        if (assetName === undefined)
            problems.add(`output '${port}' has a version but no name; name the data asset it registers`, versionNode.loc);
    }
    return out;
}
/**
 * The `component:` of a step: a file, an inline mapping, or a remote reference (`azureml:name:version`,
 * `azureml:name@latest`, `azureml://registries/...`, an ARM id). A local or inline component must be of the
 * step's type.
 */
async function readComponentUse(name, map, ctx, type, 
/** The key naming the component (`trial` of a sweep step). */
key = 'component') {
    const componentNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(map, key)?.value;
    if (!componentNode || (componentNode.kind === 'scalar' && componentNode.value === null)) {
        ctx.problems.add(`step '${name}' needs a ${key} (a file, azureml:<name>:<version>, a registry id or a mapping)`, map.loc);
        return undefined;
    }
    const ofType = (component, at) => {
        if (!component)
            return false;
        if (component.type === type)
            return true;
        ctx.problems.add(`step '${name}' is of type ${type} but its component is a ${component.type} component; set the step's type: ${component.type}`, at.loc);
        return false;
    };
    if (componentNode.kind === 'map') {
        const component = await ctx.readComponent(componentNode, ctx.yaml, ctx.problems);
        return ofType(component, componentNode) ? { kind: 'inline', component } : undefined;
    }
    if (componentNode.kind !== 'scalar' || typeof componentNode.value !== 'string') {
        ctx.problems.add(`${key} of step '${name}' must be a path, an azureml: reference or a mapping`, componentNode.loc);
        return undefined;
    }
    const text = componentNode.value;
    if ((0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isRemoteRef */ .m0)(text)) {
        const parsed = (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRemoteRef */ .b8)(text);
        if (!parsed.ok)
            ctx.problems.add(`component ${parsed.reason}`, componentNode.loc);
        return parsed.ok ? { kind: 'remote', text, ref: parsed.ref } : undefined;
    }
    const file = (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .localFilePath */ .z5)(text, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(ctx.yaml.file));
    const component = await ctx.loadComponent(file, componentNode);
    if (!ofType(component, componentNode))
        return undefined;
    return { kind: 'local', file, component, ...(text.startsWith('file:') ? { fileScheme: true } : {}) };
}


/***/ }),

/***/ 249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ readMode),
/* harmony export */   Nu: () => (/* binding */ readInputPorts),
/* harmony export */   W0: () => (/* binding */ literalRangeProblem),
/* harmony export */   ZM: () => (/* binding */ isDataType),
/* harmony export */   aw: () => (/* binding */ isLiteralType),
/* harmony export */   fG: () => (/* binding */ OUTPUT_MODES),
/* harmony export */   g5: () => (/* binding */ readOutputPorts),
/* harmony export */   ju: () => (/* binding */ literalTypeProblem),
/* harmony export */   k0: () => (/* binding */ inferLiteralType),
/* harmony export */   mG: () => (/* binding */ INPUT_MODES),
/* harmony export */   sG: () => (/* binding */ isDataPort)
/* harmony export */ });
/* unused harmony exports DATA_TYPES, LITERAL_TYPES, PATH_TYPE, checkPortName */
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);


/** The Azure ML asset types an input or output can carry (`jobInputType` minus literal). */
const DATA_TYPES = [
    'uri_file',
    'uri_folder',
    'mltable',
    'custom_model',
    'mlflow_model',
    'triton_model',
];
/** Primitive input types of a component. */
const LITERAL_TYPES = ['string', 'integer', 'number', 'boolean'];
/** `path`: an input that takes a file or a folder (azure-ai-ml's type contract); sent as written. */
const PATH_TYPE = 'path';
/** Data ports: the asset types and `path`. */
function isDataPort(type) {
    return isDataType(type) || type === PATH_TYPE;
}
/** YAML input modes and the REST enum each maps to. */
const INPUT_MODES = {
    ro_mount: 'ReadOnlyMount',
    mount: 'ReadOnlyMount',
    download: 'Download',
    direct: 'Direct',
    eval_mount: 'EvalMount',
    eval_download: 'EvalDownload',
};
/** YAML output modes and the REST enum each maps to. */
const OUTPUT_MODES = {
    rw_mount: 'ReadWriteMount',
    mount: 'ReadWriteMount',
    upload: 'Upload',
    direct: 'Direct',
};
function isDataType(type) {
    return DATA_TYPES.includes(type);
}
function isLiteralType(type) {
    return LITERAL_TYPES.includes(type);
}
const PORT_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const INPUT_KEYS = ['type', 'default', 'optional', 'description', 'min', 'max', 'enum', 'mode', 'path'];
const OUTPUT_KEYS = ['type', 'description', 'mode', 'path', 'is_control', 'early_available'];
function checkPortName(name, loc, problems) {
    if (!PORT_NAME.test(name)) {
        problems.add(`'${name}' is not a valid port name: use letters, digits and '_', not starting with a digit`, loc);
    }
}
/** Parses the `inputs:` of a component. */
function readInputPorts(map, problems) {
    const ports = {};
    for (const entry of map?.entries ?? []) {
        checkPortName(entry.key, entry.keyLoc, problems);
        const port = readInputPort(entry.key, entry.value, problems);
        if (port)
            ports[entry.key] = port;
    }
    return ports;
}
function readInputPort(name, node, problems) {
    const map = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expectMap */ .Ym)(node, `input '${name}'`, problems);
    if (!map)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(map, INPUT_KEYS, problems, `input '${name}'`);
    const type = readPortType(map, name, problems, [...LITERAL_TYPES, ...DATA_TYPES, PATH_TYPE]);
    if (!type)
        return undefined;
    const optional = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(map, 'optional', problems);
    const port = { name, type, optional: optional ?? false, loc: map.loc };
    if (optional === false)
        port.optionalWrittenFalse = true;
    const description = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'description', problems);
    if (description !== undefined)
        port.description = description;
    const defaultNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'default')?.value;
    if (defaultNode?.kind === 'scalar' && defaultNode.value !== null) {
        port.default = defaultNode.value;
        port.defaultSource = defaultNode.source;
        const wrong = literalTypeProblem(defaultNode.value, type);
        if (wrong)
            problems.add(`default of input '${name}' ${wrong}`, defaultNode.loc);
    }
    else if (defaultNode && defaultNode.kind !== 'scalar') {
        problems.add(`default of input '${name}' must be a single value, got ${(0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKind */ .SB)(defaultNode)}`, defaultNode.loc);
    }
    for (const bound of ['min', 'max']) {
        const n = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, bound)?.value;
        if (n?.kind === 'scalar' && n.value !== null)
            port[bound] = n.value;
    }
    const enumNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'enum')?.value;
    if (enumNode?.kind === 'seq')
        port.enum = enumNode.items.map((i) => (i.kind === 'scalar' ? i.value : null));
    checkPortConstraints(port, map, problems);
    const mode = readMode(map, INPUT_MODES, problems);
    if (mode)
        port.mode = mode;
    return port;
}
/**
 * `min`, `max` and `enum` as the service would take them: bounds are numbers of a number or integer port, and
 * not crossed; the enum lists values, and the default is one of them. The service refuses such a
 * component only when it is registered or run, after other assets were written.
 */
function checkPortConstraints(port, map, problems) {
    const where = (key) => (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, key)?.value.loc ?? map.loc;
    for (const bound of ['min', 'max']) {
        const value = port[bound];
        if (value === undefined)
            continue;
        if (port.type !== 'integer' && port.type !== 'number') {
            problems.add(`input '${port.name}': '${bound}' applies to integer and number inputs, not ${port.type}`, where(bound));
        }
        else if (literalTypeProblem(value, port.type)) {
            problems.add(`input '${port.name}': ${bound} ${literalTypeProblem(value, port.type)}`, where(bound));
            delete port[bound];
        }
    }
    if (port.min !== undefined && port.max !== undefined && Number(port.min) > Number(port.max)) {
        problems.add(`input '${port.name}': min ${port.min} is greater than max ${port.max}`, where('max'));
    }
    const enumNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'enum')?.value;
    if (enumNode && enumNode.kind !== 'seq') {
        problems.add(`input '${port.name}': enum must be a list of values, got ${(0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKind */ .SB)(enumNode)}`, where('enum'));
    }
    else if (port.enum?.length === 0) {
        problems.add(`input '${port.name}': enum lists no values`, where('enum'));
    }
    // A default outside min/max is left to the service (azure-ai-ml sends it); one outside the enum cannot be chosen.
    if (port.default !== undefined && port.enum?.length && !literalTypeProblem(port.default, port.type)) {
        if (!inEnum(port.default, port.enum))
            problems.add(`default of input '${port.name}' is '${String(port.default)}', not one of its enum values (${port.enum.map(String).join(', ')})`, where('default'));
    }
}
/**
 * Why a literal of the right type breaks its port's `min` or `max`, or undefined when it keeps them.
 * Data ports and values of the wrong type are not judged here (`literalTypeProblem` names those).
 */
function literalRangeProblem(value, port) {
    if (value === null || isDataPort(port.type) || literalTypeProblem(value, port.type))
        return undefined;
    if (port.type === 'integer' || port.type === 'number') {
        const n = Number(value);
        if (port.min !== undefined && n < Number(port.min))
            return `is ${String(value)}, below its min ${port.min}`;
        if (port.max !== undefined && n > Number(port.max))
            return `is ${String(value)}, above its max ${port.max}`;
    }
    // Not the enum: azureml-examples' own pipelines give enum ports other values (center_crop: 224 for
    // ['True', 'False']) and run, so the service does not hold step values to it.
    return undefined;
}
/** Parses the `outputs:` of a component. */
function readOutputPorts(map, problems) {
    const ports = {};
    for (const entry of map?.entries ?? []) {
        checkPortName(entry.key, entry.keyLoc, problems);
        const outMap = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expectMap */ .Ym)(entry.value, `output '${entry.key}'`, problems);
        if (!outMap)
            continue;
        (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(outMap, OUTPUT_KEYS, problems, `output '${entry.key}'`);
        const type = readPortType(outMap, entry.key, problems, DATA_TYPES);
        if (!type)
            continue;
        const port = { name: entry.key, type, loc: outMap.loc };
        const description = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(outMap, 'description', problems);
        if (description !== undefined)
            port.description = description;
        const mode = readMode(outMap, OUTPUT_MODES, problems);
        if (mode)
            port.mode = mode;
        ports[entry.key] = port;
    }
    return ports;
}
function readPortType(map, name, problems, allowed) {
    const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'type', problems, { required: true, owner: `port '${name}'` });
    if (type === undefined)
        return undefined;
    if (!allowed.includes(type)) {
        const where = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'type')?.value.loc ?? map.loc;
        problems.add(`port '${name}' has type '${type}', which is not an Azure ML type; use one of ${allowed.join(', ')}`, where);
        return undefined;
    }
    return type;
}
/** Reads `mode:` and checks it against the modes valid for inputs or outputs. */
function readMode(map, modes, problems) {
    const mode = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'mode', problems);
    if (mode === undefined)
        return undefined;
    if (!(mode in modes)) {
        problems.add(`mode '${mode}' is not valid here; use one of ${Object.keys(modes).join(', ')}`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'mode')?.value.loc);
        return undefined;
    }
    return mode;
}
/**
 * Why a literal value does not fit a literal port type, or undefined when it does. Strings that read as the
 * type (`"5"` for an integer, as `--set` produces) are accepted, as the service parses them.
 */
function literalTypeProblem(value, type) {
    if (value === null || isDataPort(type))
        return undefined;
    const text = String(value);
    switch (type) {
        case 'integer':
            return /^[-+]?\d+$/.test(text) && typeof value !== 'boolean' ? undefined : `must be an integer, got '${text}'`;
        case 'number':
            return typeof value === 'number' ||
                (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
                ? undefined
                : `must be a number, got '${text}'`;
        case 'boolean':
            return typeof value === 'boolean' || /^(true|false)$/i.test(text)
                ? undefined
                : `must be true or false, got '${text}'`;
        case 'string':
            return undefined;
    }
}
/** The literal type a YAML value naturally has, for inline command nodes whose ports are inferred. */
function inferLiteralType(value, source) {
    if (typeof value === 'boolean')
        return 'boolean';
    if (typeof value === 'number')
        return /^[-+]?\d+$/.test(source) ? 'integer' : 'number';
    return 'string';
}
/**
 * Enum membership as the service judges it: by text, ignoring case (azureml-examples' own components write
 * `enum: [True, False]` with `default: 'true'`, and run).
 */
function inEnum(value, values) {
    const text = String(value).toLowerCase();
    return values.some((e) => String(e).toLowerCase() === text);
}


/***/ }),

/***/ 219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ pythonJsonDumps),
/* harmony export */   qV: () => (/* binding */ pythonStr)
/* harmony export */ });
/* unused harmony export pythonFloat */
/** `repr(float)` in Python 3: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
function pythonFloat(n) {
    if (Number.isNaN(n))
        return 'nan';
    if (!Number.isFinite(n))
        return n > 0 ? 'inf' : '-inf';
    if (n === 0)
        return Object.is(n, -0) ? '-0.0' : '0.0';
    const [mantissa, expText] = Math.abs(n).toExponential().split('e');
    const exp = Number(expText);
    const digits = mantissa.replace('.', '');
    const sign = n < 0 ? '-' : '';
    if (exp >= -4 && exp < 16) {
        if (exp < 0)
            return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
        const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
        return `${sign}${whole}.${digits.slice(exp + 1) || '0'}`;
    }
    const expSign = exp < 0 ? '-' : '+';
    return `${sign}${mantissa}e${expSign}${String(Math.abs(exp)).padStart(2, '0')}`;
}
/** `str(value)` of what PyYAML loaded from `source` (ints stay ints, `1.0` stays "1.0", booleans "True"). */
function pythonStr(value, source = '') {
    if (value === null)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return isIntegerSource(value, source) ? String(value) : pythonFloat(value);
    return value;
}
function isIntegerSource(value, source) {
    if (!Number.isInteger(value))
        return false;
    if (source === '')
        return true;
    return !/[.eE]|inf|nan/i.test(source) || /^[-+]?0x/i.test(source);
}
/** `json.dumps(value, sort_keys=True)` with Python's default separators and ASCII escaping. */
function pythonJsonDumps(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number')
        return Number.isInteger(value) ? String(value) : pythonFloat(value);
    if (typeof value === 'string')
        return asciiJsonString(value);
    if (Array.isArray(value))
        return `[${value.map(pythonJsonDumps).join(', ')}]`;
    const keys = Object.keys(value).sort(comparePythonStrings);
    return `{${keys.map((k) => `${asciiJsonString(k)}: ${pythonJsonDumps(value[k])}`).join(', ')}}`;
}
function asciiJsonString(s) {
    return JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Python sorts str by code point; JS `sort()` compares UTF-16 units, which differs only above U+FFFF. */
function comparePythonStrings(a, b) {
    const ca = [...a].map((c) => c.codePointAt(0) ?? 0);
    const cb = [...b].map((c) => c.codePointAt(0) ?? 0);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++)
        if (ca[i] !== cb[i])
            return ca[i] - cb[i];
    return ca.length - cb.length;
}


/***/ }),

/***/ 4467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ parseDataPath),
/* harmony export */   HM: () => (/* binding */ computeId),
/* harmony export */   Ik: () => (/* binding */ versionId),
/* harmony export */   N: () => (/* binding */ isPlainRefPart),
/* harmony export */   R5: () => (/* binding */ isServerless),
/* harmony export */   b8: () => (/* binding */ parseRemoteRef),
/* harmony export */   dH: () => (/* binding */ datastoreId),
/* harmony export */   m0: () => (/* binding */ isRemoteRef),
/* harmony export */   z5: () => (/* binding */ localFilePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True for strings `az ml` reads as a remote asset rather than a local path. */
function isRemoteRef(text) {
    return text.startsWith('azureml:') || text.startsWith('/subscriptions/');
}
/** Parses `azureml:name:version`, `azureml:name@label`, `azureml://registries/...` and ARM ids. */
function parseRemoteRef(text) {
    if (text.startsWith('azureml://'))
        return { ok: true, ref: { kind: 'id', id: text } };
    const body = text.startsWith('azureml:') ? text.slice('azureml:'.length) : text;
    if (body.startsWith('/subscriptions/'))
        return { ok: true, ref: { kind: 'id', id: body } };
    const at = body.lastIndexOf('@');
    if (at > 0)
        return { ok: true, ref: { kind: 'label', name: body.slice(0, at), label: body.slice(at + 1) } };
    const colon = body.lastIndexOf(':');
    if (colon <= 0 || colon === body.length - 1) {
        return { ok: false, reason: `'${text}' has no version: write azureml:<name>:<version> or azureml:<name>@latest` };
    }
    return { ok: true, ref: { kind: 'version', name: body.slice(0, colon), version: body.slice(colon + 1) } };
}
/** True for a name, version or label fit for an `azureml:` reference: none of the `:`, `@` and `/` it is built with. */
function isPlainRefPart(text) {
    return /^[^:@/]+$/.test(text);
}
/** `/subscriptions/…/workspaces/{ws}/{collection}/{name}/versions/{version}`. */
function versionId(workspaceId, collection, name, version) {
    return `${workspaceId}/${collection}/${name}/versions/${version}`;
}
/**
 * Serverless compute in any spelling a pipeline may use: `serverless`, `azureml:serverless`, or the
 * `…/computes/serverless` id azure-ai-ml makes of it. It is never a compute to look up.
 */
function isServerless(compute) {
    if (!compute)
        return false;
    const name = compute.startsWith('azureml:') ? compute.slice('azureml:'.length) : compute;
    return name.toLowerCase() === 'serverless' || /\/computes\/serverless$/i.test(name);
}
/** The ARM id of a compute from `azureml:name`, `name` or an id; binding expressions and `serverless` pass through. */
function computeId(workspaceId, compute) {
    if (compute.startsWith('${{') || compute === 'serverless' || compute.startsWith('/subscriptions/'))
        return compute;
    const name = compute.startsWith('azureml:') ? compute.slice('azureml:'.length) : compute;
    return name.startsWith('/subscriptions/') ? name : `${workspaceId}/computes/${name}`;
}
/** The ARM id of a datastore from `azureml:name` or `name`. */
function datastoreId(workspaceId, datastore) {
    const name = datastore.startsWith('azureml:') ? datastore.slice('azureml:'.length) : datastore;
    return name.startsWith('/subscriptions/') ? name : `${workspaceId}/datastores/${name}`;
}
/** Classifies a `path:` value; local paths are made absolute against the YAML file's folder. */
function parseDataPath(text, baseDir) {
    if (text.startsWith('${{') || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.startsWith('/subscriptions/')) {
        return { kind: 'uri', uri: text };
    }
    if (text.startsWith('azureml:')) {
        const parsed = parseRemoteRef(text);
        return parsed.ok ? { kind: 'asset', ref: parsed.ref, text } : { kind: 'invalid', reason: parsed.reason };
    }
    const local = text.startsWith('file:') ? text.slice('file:'.length) : text;
    return { kind: 'local', path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(local) ? local : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, local) };
}
/** A local file reference as components write it: `./x.yml` or `file:./x.yml`. */
function localFilePath(text, baseDir) {
    const local = text.startsWith('file:') ? text.slice('file:'.length) : text;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(local) ? local : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, local);
}


/***/ }),

/***/ 3598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ DEFAULT_OUTPUTS),
/* harmony export */   Sl: () => (/* binding */ checkComponentPorts),
/* harmony export */   eO: () => (/* binding */ known),
/* harmony export */   sq: () => (/* binding */ runsComponent)
/* harmony export */ });
/* unused harmony export componentPorts */
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(249);

/** Checks of a step against its component's ports, for the step types that run a component. */
function known(names) {
    const list = Object.keys(names);
    return list.length ? ` (it has: ${list.join(', ')})` : '';
}
/**
 * The ports of a step's component, or undefined when it lives in Azure and cannot be seen. Command jobs also
 * have the outputs every job has (`default`, the run's artifact folder, and `artifacts`).
 */
function componentPorts(use, side) {
    if (use.kind === 'remote')
        return undefined;
    const declared = Object.keys(use.component[side]);
    return side === 'outputs' && use.component.type === 'command' ? [...declared, ...DEFAULT_OUTPUTS] : declared;
}
/**
 * What a StepKind of a step running one component says of it (`use`: the step's component, a sweep's trial):
 * the step's ports are the component's, and the component is registered, validated and run with it.
 */
function runsComponent(use) {
    return { ports: (node, side) => componentPorts(use(node), side), component: use };
}
/** Outputs every command job has without declaring them (azure-ai-ml: `default`, `artifacts`). */
const DEFAULT_OUTPUTS = ['default', 'artifacts'];
/** A step's inputs and outputs against the ports of its (local) component. */
function checkComponentPorts(node, use, graph, problems, 
/** `boundElsewhere`: inputs the step sets outside `inputs:` (a sweep's search space). */
options = {}) {
    if (use.kind !== 'local')
        return;
    const component = use.component;
    for (const [name, input] of Object.entries(node.inputs)) {
        const port = component.inputs[name];
        if (!port && options.unknownInputs === 'send')
            continue;
        if (!port) {
            problems.add(`step '${node.name}' sets input '${name}', but its component has no such input${known(component.inputs)}`, input.loc);
            continue;
        }
        const wrong = inputTypeProblem(graph, input, port);
        if (wrong)
            problems.add(`step '${node.name}': input '${name}' ${wrong}`, valueLocation(graph, input));
    }
    for (const [name, output] of Object.entries(node.outputs)) {
        if (!component.outputs[name] && !(component.type === 'command' && DEFAULT_OUTPUTS.includes(name))) {
            problems.add(`step '${node.name}' sets output '${name}', but its component has no such output${known(component.outputs)}`, output.loc);
        }
    }
    for (const port of Object.values(component.inputs)) {
        const bound = port.name in node.inputs || options.boundElsewhere?.includes(port.name);
        if (!port.optional && port.default === undefined && !bound) {
            problems.add(`step '${node.name}' leaves required input '${port.name}' (${port.type}) of its component unbound`, node.loc);
        }
    }
}
/** Why a step's input does not fit the port it feeds, or undefined when it does. */
function inputTypeProblem(graph, input, port) {
    const portIsData = (0,_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .isDataPort */ .sG)(port.type);
    if (input.kind === 'literal')
        return portIsData ? undefined : (0,_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .literalTypeProblem */ .ju)(input.value, port.type);
    if (input.kind === 'data')
        return portIsData ? undefined : `is ${port.type} but is given ${input.type} data`;
    const { binding } = input;
    if (binding.scope === 'parent.jobs' && binding.port === 'outputs' && !portIsData) {
        return `is ${port.type} but is bound to output '${binding.name}' of step '${binding.job}', which is data`;
    }
    if (binding.scope === 'parent.inputs') {
        const upstream = graph.inputs[binding.name];
        if (upstream?.kind === 'data' && !portIsData)
            return `is ${port.type} but pipeline input '${binding.name}' is ${upstream.type} data`;
        if (upstream?.kind === 'literal' && portIsData && upstream.value !== null && upstream.type !== undefined) {
            return `is ${port.type} data but pipeline input '${binding.name}' is a ${upstream.type}`;
        }
        if (upstream?.kind === 'literal' && !portIsData) {
            const wrong = (0,_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .literalTypeProblem */ .ju)(upstream.value, port.type);
            return wrong ? `is ${port.type}, but pipeline input '${binding.name}' ${wrong}` : undefined;
        }
    }
    return undefined;
}
/** Where a step input's value is written: a pipeline input's literal (maybe given by `set`/`inputs`) is blamed there. */
function valueLocation(graph, input) {
    if (input.kind !== 'binding' || input.binding.scope !== 'parent.inputs')
        return input.loc;
    const upstream = graph.inputs[input.binding.name];
    return upstream?.kind === 'literal' ? upstream.loc : input.loc;
}


/***/ }),

/***/ 5064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ restIdentity),
/* harmony export */   CB: () => (/* binding */ readNumberOrBinding),
/* harmony export */   IY: () => (/* binding */ numberOrBinding),
/* harmony export */   JC: () => (/* binding */ isBindingText),
/* harmony export */   Ub: () => (/* binding */ yamlIdentity),
/* harmony export */   ai: () => (/* binding */ readEnum),
/* harmony export */   cL: () => (/* binding */ readStringList),
/* harmony export */   li: () => (/* binding */ readJobResources),
/* harmony export */   tt: () => (/* binding */ readPlainMap),
/* harmony export */   xN: () => (/* binding */ readIdentity)
/* harmony export */ });
/* unused harmony export IDENTITY_TYPES */
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/**
 * Field readers the sweep, parallel and spark steps share: numbers that may be data bindings, string lists,
 * run-time identities and resources. Each records its problem at the line of the value and returns undefined.
 */


/** `${{parent.inputs.x}}` and friends: azure-ai-ml accepts them in place of most numbers of these steps. */
function isBindingText(value) {
    return typeof value === 'string' && /^\s*\$\{\{.+\}\}\s*$/.test(value);
}
/** A number (or a data binding string) under `key`, checked against the options. */
function readNumberOrBinding(map, key, problems, options = {}) {
    const node = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, key)?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    return numberOrBinding(node, key, problems, options);
}
function numberOrBinding(node, what, problems, options = {}) {
    const where = options.owner ? `'${what}' of ${options.owner}` : `'${what}'`;
    if (node.kind === 'scalar' && isBindingText(node.value))
        return node.value.trim();
    if (node.kind !== 'scalar' || typeof node.value !== 'number') {
        problems.add(`${where} must be ${options.integer ? 'an integer' : 'a number'}, got ${(0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKind */ .SB)(node)}`, node.loc);
        return undefined;
    }
    if (options.integer && !Number.isInteger(node.value)) {
        problems.add(`${where} must be an integer, got ${node.source}`, node.loc);
        return undefined;
    }
    if (options.min !== undefined && node.value < options.min) {
        problems.add(`${where} must be at least ${options.min}, got ${node.source}`, node.loc);
        return undefined;
    }
    return node.value;
}
/** A list of strings (`py_files`, `partition_keys`); duplicates are refused when `unique` (as azure-ai-ml does). */
function readStringList(map, key, problems, options = {}) {
    const node = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, key)?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    if (node.kind !== 'seq') {
        problems.add(`'${key}' must be a list, got ${(0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKind */ .SB)(node)}`, node.loc);
        return undefined;
    }
    const out = [];
    for (const item of node.items) {
        if (item.kind !== 'scalar' || item.value === null || typeof item.value === 'boolean') {
            problems.add(`every item of '${key}' must be a string, got ${(0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKind */ .SB)(item)}`, item.loc);
            continue;
        }
        const text = String(item.value);
        if (options.unique && out.includes(text))
            problems.add(`'${key}' lists '${text}' twice`, item.loc);
        out.push(text);
    }
    return out;
}
/** YAML identity types and the REST `identity_type` each becomes. */
const IDENTITY_TYPES = {
    managed: 'Managed',
    managed_identity: 'Managed',
    user_identity: 'UserIdentity',
    aml_token: 'AMLToken',
};
function readIdentity(map, problems) {
    const identity = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'identity', problems);
    if (!identity)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(identity, ['type', 'client_id', 'object_id', 'msi_resource_id'], problems, 'identity');
    const typeNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(identity, 'type')?.value;
    const type = typeNode?.kind === 'scalar' && typeof typeNode.value === 'string' ? typeNode.value : undefined;
    if (!type || !(type in IDENTITY_TYPES)) {
        problems.add(`identity needs a type: ${Object.keys(IDENTITY_TYPES).join(', ')}` + (type ? ` (got '${type}')` : ''), typeNode?.loc ?? identity.loc);
        return undefined;
    }
    const out = { type: type === 'managed_identity' ? 'managed' : type };
    const text = (key) => {
        const node = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(identity, key)?.value;
        return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
    };
    const clientId = text('client_id');
    const objectId = text('object_id');
    const resourceId = text('msi_resource_id');
    if (out.type !== 'managed' && (clientId || objectId || resourceId))
        problems.add(`only a managed identity takes client_id, object_id or msi_resource_id`, identity.loc);
    if (clientId)
        out.clientId = clientId;
    if (objectId)
        out.objectId = objectId;
    if (resourceId)
        out.resourceId = resourceId;
    return out;
}
/** The identity as the REST model's snake_case dict (`{"identity_type": "Managed"}`), as spark nodes send it. */
function restIdentity(identity) {
    const out = { identity_type: IDENTITY_TYPES[identity.type] };
    if (identity.clientId)
        out.client_id = identity.clientId;
    if (identity.objectId)
        out.object_id = identity.objectId;
    if (identity.resourceId)
        out.resource_id = identity.resourceId;
    return out;
}
/** The identity in its YAML shape (`{"type": "managed"}`), as parallel nodes send it (`identity._to_dict()`). */
function yamlIdentity(identity) {
    const out = { type: identity.type };
    if (identity.clientId)
        out.client_id = identity.clientId;
    if (identity.objectId)
        out.object_id = identity.objectId;
    if (identity.resourceId)
        out.msi_resource_id = identity.resourceId;
    return out;
}
const JOB_RESOURCE_KEYS = ['instance_count', 'instance_type', 'properties', 'shm_size', 'docker_args', 'locations'];
/** `resources:` of a sweep or parallel step (azure-ai-ml's JobResourceConfiguration), sent as written. */
function readJobResources(map, problems, owner) {
    const resources = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'resources', problems);
    if (!resources)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(resources, JOB_RESOURCE_KEYS, problems, `resources of ${owner}`);
    const count = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(resources, 'instance_count')?.value;
    if (count)
        numberOrBinding(count, 'instance_count', problems, { integer: true, min: 1, owner: 'resources' });
    return (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .toPlain */ .Ul)(resources);
}
/** A mapping sent as written, after its keys were checked. */
function readPlainMap(map, key, problems, known, owner) {
    const node = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, key, problems);
    if (!node)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(node, known, problems, owner);
    return (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .toPlain */ .Ul)(node);
}
/** The value under `key` must be one of `allowed` (compared case-insensitively); returns it as written. */
function readEnum(map, key, allowed, problems, owner) {
    const node = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, key)?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    const value = node.kind === 'scalar' ? node.value : undefined;
    if (typeof value === 'string' && allowed.some((a) => a.toLowerCase() === value.toLowerCase()))
        return value;
    problems.add(`'${key}' of ${owner} must be one of ${allowed.join(', ')}, got ${(0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKind */ .SB)(node)}`, node.loc);
    return undefined;
}


/***/ }),

/***/ 2648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NW: () => (/* binding */ COMPONENT_HEADER_KEYS),
/* harmony export */   P9: () => (/* binding */ readHeaderFields),
/* harmony export */   Pz: () => (/* binding */ readStringFields),
/* harmony export */   jX: () => (/* binding */ readComponentHeader),
/* harmony export */   rq: () => (/* binding */ headerSpec)
/* harmony export */ });
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(463);

/** Keys every component YAML takes besides its type's own. */
const COMPONENT_HEADER_KEYS = [
    '$schema',
    'name',
    'version',
    'display_name',
    'description',
    'tags',
    'type',
    'is_deterministic',
    'inputs',
    'outputs',
];
/** The header's string keys: YAML key -> field, in the order azure-ai-ml writes them into a componentSpec. */
const HEADER_STRINGS = {
    $schema: 'schema',
    name: 'name',
    version: 'version',
    display_name: 'displayName',
    description: 'description',
};
/** Reads the string keys of `table` (YAML key -> field) into `target`, leaving absent ones unset. */
function readStringFields(target, map, table, problems) {
    for (const [key, field] of Object.entries(table)) {
        const value = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(map, key, problems);
        if (value !== undefined)
            target[field] = value;
    }
}
/** The header as written: `isDeterministic` unset when the YAML leaves it out. */
function readHeaderFields(map, problems) {
    const header = {};
    const deterministic = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .readBoolean */ .Vf)(map, 'is_deterministic', problems);
    if (deterministic !== undefined)
        header.isDeterministic = deterministic;
    readStringFields(header, map, HEADER_STRINGS, problems);
    const tags = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .readStringMap */ .oI)(map, 'tags', problems);
    if (tags)
        header.tags = tags;
    return header;
}
/** The header of a command, parallel or spark component (`is_deterministic` defaults to true, as azure-ai-ml's). */
function readComponentHeader(map, problems) {
    const header = readHeaderFields(map, problems);
    return { ...header, isDeterministic: header.isDeterministic ?? true };
}
/**
 * The header in a componentSpec (snake_case, absent fields left out), then `type`: the same for every component
 * type (azure-ai-ml dumps each with its schema; the spec's hash sorts keys, so their order here is for reading).
 */
function headerSpec(component) {
    const spec = {};
    for (const [key, field] of Object.entries(HEADER_STRINGS)) {
        const value = component[field];
        if (value !== undefined)
            spec[key] = value;
    }
    if (component.tags !== undefined)
        spec.tags = component.tags;
    spec.type = component.type;
    if (component.isDeterministic !== undefined)
        spec.is_deterministic = component.isDeterministic;
    return spec;
}


/***/ }),

/***/ 6106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dp: () => (/* binding */ parallelComponentKind),
/* harmony export */   hr: () => (/* binding */ parallelComponentSpecFields),
/* harmony export */   yC: () => (/* binding */ parallelStep)
/* harmony export */ });
/* unused harmony exports PARALLEL_SETTING_KEYS, PARALLEL_STEP_KEYS, PARALLEL_TASK_TYPES, LOGGING_LEVELS, parseMiniBatchSize, readParallelSettings, checkParallelPorts, restTask, effectiveStepSettings, parallelNodeFields, taskResolver */
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5059);
/* harmony import */ var _inline_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1904);
/* harmony import */ var _node_rest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8940);
/* harmony import */ var _pipeline_node_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6712);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(249);
/* harmony import */ var _step_ports_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3598);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2648);
/* harmony import */ var _component_rest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2597);
/* harmony import */ var _python_format_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(219);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5064);












/** Settings a parallel component and a parallel step both take. */
const PARALLEL_SETTING_KEYS = [
    'task',
    'mini_batch_size',
    'partition_keys',
    'input_data',
    'resources',
    'retry_settings',
    'max_concurrency_per_instance',
    'error_threshold',
    'mini_batch_error_threshold',
    'logging_level',
];
/** Keys of a parallel step besides the ones every step has; a step takes `component` or an inline `task`. */
const PARALLEL_STEP_KEYS = [...PARALLEL_SETTING_KEYS, 'component', 'environment_variables', 'identity'];
const PARALLEL_TASK_TYPES = ['run_function', 'function', 'model'];
const LOGGING_LEVELS = ['DEBUG', 'INFO', 'WARNING'];
// `args` is not azure-ai-ml's (it takes `program_arguments`): its schema drops it unsent, and so do we
// (recorded: the inline tabular parallel job of azure-ai-ml's own tests writes `args:`).
const TASK_KEYS = [
    'type',
    'code',
    'entry_script',
    'program_arguments',
    'environment',
    'append_row_to',
    'model',
    'args',
];
/** `mini_batch_size` as azure-ai-ml reads it: an integer, or digits with kb/mb/gb (powers of 1024). */
function parseMiniBatchSize(text) {
    const match = /^(\d+)([kKmMgG][bB])?$/.exec(text.trim());
    if (!match)
        return undefined;
    const factor = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? '')[0]?.toLowerCase() ?? ''] ?? 1;
    return Number(match[1]) * factor;
}
/**
 * Reads the parallel settings of a component (`ofStep: false`) or of a step. `file` is the YAML the map is in:
 * the task's `code` and environment file are relative to it.
 */
async function readParallelSettings(map, file, problems, 
/** `commonFieldsRead`: the step's identity is its common field (NodeBase), read there. */
options) {
    const owner = options.ofStep ? 'a parallel step' : 'a parallel component';
    const settings = { loc: map.loc };
    const task = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'task', problems);
    if (task)
        settings.task = await readTask(task, file, problems);
    const size = readMiniBatchSize(map, problems);
    if (size !== undefined)
        settings.miniBatchSize = size;
    const keys = (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readStringList */ .cL)(map, 'partition_keys', problems);
    if (keys)
        settings.partitionKeys = keys;
    const inputData = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'input_data', problems);
    if (inputData !== undefined) {
        if (!/^\$\{\{inputs\.[A-Za-z_][A-Za-z0-9_]*\}\}$/.test(inputData.trim()))
            problems.add(`input_data must be \${{inputs.<name>}}, got '${inputData}'`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'input_data')?.value.loc);
        settings.inputData = inputData;
    }
    const resources = (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readJobResources */ .li)(map, problems, owner);
    if (resources)
        settings.resources = resources;
    const retry = (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readPlainMap */ .tt)(map, 'retry_settings', problems, ['max_retries', 'timeout'], 'retry_settings');
    if (retry) {
        const node = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'retry_settings', problems);
        for (const key of ['max_retries', 'timeout'])
            (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readNumberOrBinding */ .CB)(node, key, problems, { integer: true, min: 0, owner: 'retry_settings' });
        settings.retrySettings = retry;
    }
    const concurrency = (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readNumberOrBinding */ .CB)(map, 'max_concurrency_per_instance', problems, { integer: true, min: 1 });
    if (concurrency !== undefined)
        settings.maxConcurrencyPerInstance = concurrency;
    const errors = (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readNumberOrBinding */ .CB)(map, 'error_threshold', problems, { integer: true, min: -1 });
    if (errors !== undefined)
        settings.errorThreshold = errors;
    const batchErrors = (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readNumberOrBinding */ .CB)(map, 'mini_batch_error_threshold', problems, { integer: true, min: -1 });
    if (batchErrors !== undefined)
        settings.miniBatchErrorThreshold = batchErrors;
    const level = (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readEnum */ .ai)(map, 'logging_level', LOGGING_LEVELS, problems, owner);
    if (level)
        settings.loggingLevel = level;
    if (options.ofStep) {
        const env = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readStringMap */ .oI)(map, 'environment_variables', problems);
        if (env)
            settings.environmentVariables = env;
        const identity = options.commonFieldsRead ? undefined : (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readIdentity */ .xN)(map, problems);
        if (identity)
            settings.identity = identity;
    }
    return settings;
}
function readMiniBatchSize(map, problems) {
    const node = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'mini_batch_size')?.value;
    if (!node || node.kind !== 'scalar' || node.value === null)
        return undefined;
    if ((0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .isBindingText */ .JC)(node.value))
        return node.value.trim();
    const bytes = parseMiniBatchSize(String(node.value));
    if (bytes === undefined)
        problems.add(`mini_batch_size must be a count or a size such as 10kb, 5mb, 1gb, got '${node.source}'`, node.loc);
    return bytes;
}
async function readTask(map, file, problems) {
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(map, TASK_KEYS, problems, 'the parallel task');
    const task = { loc: map.loc };
    const type = (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .readEnum */ .ai)(map, 'type', PARALLEL_TASK_TYPES, problems, 'the parallel task');
    if (type)
        task.type = type;
    const entry = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'entry_script', problems);
    if (entry !== undefined)
        task.entryScript = entry;
    else if (task.type !== 'model')
        problems.add('the parallel task needs an entry_script', map.loc);
    const args = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'program_arguments', problems);
    if (args !== undefined)
        task.programArguments = args;
    const append = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'append_row_to', problems);
    if (append !== undefined) {
        if (!/^\$\{\{outputs\.[A-Za-z_][A-Za-z0-9_]*\}\}$/.test(append.trim()))
            problems.add(`append_row_to must be \${{outputs.<name>}}, got '${append}'`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'append_row_to')?.value.loc);
        task.appendRowTo = append;
    }
    const model = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'model', problems);
    if (model !== undefined)
        task.model = model;
    Object.assign(task, await (0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .readCodeAndEnvironment */ .kM)(map, file, problems));
    if (!(0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'environment'))
        problems.add('the parallel task needs an environment', map.loc);
    return task;
}
/** Names the task uses (`${{inputs.x}}` in program_arguments, `${{outputs.y}}` in append_row_to) that must exist. */
function checkParallelPorts(settings, inputs, outputs, problems) {
    const check = (text, loc) => {
        for (const m of (text ?? '').matchAll(/\$\{\{(inputs|outputs)\.([A-Za-z_][A-Za-z0-9_]*)\}\}/g)) {
            const declared = m[1] === 'inputs' ? inputs : outputs;
            if (!declared.includes(m[2]))
                problems.add(`${m[0]} names no ${m[1].slice(0, -1)} of the parallel step (declared: ${declared.join(', ') || 'none'})`, loc);
        }
    };
    check(settings.inputData, settings.loc);
    check(settings.task?.programArguments, settings.task?.loc ?? settings.loc);
    check(settings.task?.appendRowTo, settings.task?.loc ?? settings.loc);
}
/** The task in YAML shape with resolved references, as both the spec and the node send it. */
function restTask(task, resolved) {
    const out = {};
    if (task.type)
        out.type = task.type;
    if (resolved.code)
        out.code = resolved.code;
    if (task.entryScript !== undefined)
        out.entry_script = task.entryScript;
    if (task.programArguments !== undefined)
        out.program_arguments = task.programArguments;
    if (task.model !== undefined)
        out.model = task.model;
    if (task.appendRowTo !== undefined)
        out.append_row_to = task.appendRowTo;
    if (resolved.environment)
        out.environment = resolved.environment;
    return out;
}
/** The parallel fields of a ComponentVersion's componentSpec (next to name, inputs, outputs…). */
function parallelComponentSpecFields(settings, resolved) {
    const out = { type: 'parallel' };
    if (settings.resources)
        out.resources = settings.resources;
    if (settings.task)
        out.task = restTask(settings.task, resolved);
    if (settings.miniBatchSize !== undefined)
        out.mini_batch_size = String(settings.miniBatchSize);
    if (settings.partitionKeys)
        out.partition_keys = settings.partitionKeys;
    if (settings.inputData !== undefined)
        out.input_data = settings.inputData;
    if (settings.retrySettings)
        out.retry_settings = settings.retrySettings;
    if (settings.maxConcurrencyPerInstance !== undefined)
        out.max_concurrency_per_instance = settings.maxConcurrencyPerInstance;
    if (settings.errorThreshold !== undefined)
        out.error_threshold = settings.errorThreshold;
    if (settings.miniBatchErrorThreshold !== undefined)
        out.mini_batch_error_threshold = settings.miniBatchErrorThreshold;
    if (settings.loggingLevel !== undefined)
        out.logging_level = settings.loggingLevel;
    return out;
}
/**
 * What a step inherits from its component when it does not set it (Parallel.__init__). Not `retry_settings`:
 * the recorded node of a step using a component file leaves the component's out (parallel_pipeline_file_component_input).
 */
const INHERITED = [
    'resources',
    'inputData',
    'maxConcurrencyPerInstance',
    'miniBatchErrorThreshold',
    'miniBatchSize',
    'partitionKeys',
    'task',
];
/** A step's settings over its component's, as the node is built. */
function effectiveStepSettings(step, component) {
    const out = { ...step };
    for (const field of INHERITED) {
        if (out[field] === undefined && component?.[field] !== undefined)
            out[field] = component[field];
    }
    return out;
}
/**
 * The parallel fields of the node dict in `jobs.<name>`: `settings` from `effectiveStepSettings`, `resolved`
 * for the task it ends up with, `componentId` of the (registered) parallel component.
 */
function parallelNodeFields(settings, resolved, componentId) {
    const out = { type: 'parallel' };
    if (settings.resources)
        out.resources = settings.resources;
    if (settings.errorThreshold !== undefined)
        out.error_threshold = settings.errorThreshold;
    if (settings.miniBatchErrorThreshold !== undefined)
        out.mini_batch_error_threshold = settings.miniBatchErrorThreshold;
    if (settings.environmentVariables && Object.keys(settings.environmentVariables).length > 0)
        out.environment_variables = settings.environmentVariables;
    if (settings.maxConcurrencyPerInstance !== undefined)
        out.max_concurrency_per_instance = settings.maxConcurrencyPerInstance;
    if (settings.task)
        out.task = restTask(settings.task, resolved);
    if (settings.inputData !== undefined)
        out.input_data = settings.inputData;
    out.componentId = componentId;
    if (settings.retrySettings)
        out.retry_settings = settings.retrySettings;
    if (settings.loggingLevel !== undefined)
        out.logging_level = settings.loggingLevel;
    if (settings.miniBatchSize !== undefined)
        out.mini_batch_size = settings.miniBatchSize;
    if (settings.partitionKeys)
        out.partition_keys = (0,_python_format_js__WEBPACK_IMPORTED_MODULE_11__/* .pythonJsonDumps */ .MT)(settings.partitionKeys);
    if (settings.identity)
        out.identity = (0,_fields_js__WEBPACK_IMPORTED_MODULE_10__/* .yamlIdentity */ .Ub)(settings.identity);
    return out;
}
/** `type: parallel` steps: a parallel component (file, reference, mapping) or an inline `task:`. */
const parallelStep = {
    read: readParallelNode,
    toRest: parallelNodeToRest,
    validate: (node, graph, problems) => {
        (0,_step_ports_js__WEBPACK_IMPORTED_MODULE_7__/* .checkComponentPorts */ .Sl)(node, node.component, graph, problems);
        const component = (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .localComponent */ .fq)(node.component);
        if (!component)
            return;
        // What the step overrides names the component's ports; the component's own fields were checked with it.
        checkParallelPorts(node.parallel, Object.keys(component.inputs), Object.keys(component.outputs), problems);
    },
    ...(0,_step_ports_js__WEBPACK_IMPORTED_MODULE_7__/* .runsComponent */ .sq)((node) => node.component),
};
async function readParallelNode(name, map, ctx) {
    const node = (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_5__/* .readStepBase */ .uR)(name, map, ctx, 'parallel', PARALLEL_STEP_KEYS);
    const parallel = await readParallelSettings(map, ctx.yaml.file, ctx.problems, {
        ofStep: true,
        commonFieldsRead: true,
    });
    // An inline task: azure-ai-ml registers an anonymous parallel component with ports inferred from the step.
    const component = await (0,_inline_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stepComponentUse */ .Tx)(node, map, ctx, 'parallel', (base) => {
        if (parallel.task)
            return {
                type: 'parallel',
                ...base,
                settings: { ...parallel, environmentVariables: undefined, identity: undefined },
            };
        ctx.problems.add(`parallel step '${name}' needs a component or a task`, map.loc);
        return undefined;
    });
    return component && { ...node, parallel, component };
}
/** azure-ai-ml's `Parallel._to_rest_object`: common fields, then what the step has over its component. */
async function parallelNodeToRest(node, ctx) {
    const { dict, componentId, component } = await (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .componentNodeHead */ .q$)(node, node.component, ctx);
    const settings = effectiveStepSettings(node.parallel, component?.settings);
    const resolved = settings.task ? await (0,_component_rest_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveParts */ .x1)(settings.task, taskResolver(ctx)) : {};
    // The common fields carry the identity already, in the YAML shape parallel nodes send.
    return { ...dict, ...parallelNodeFields({ ...settings, identity: undefined }, resolved, componentId) };
}
/** The dependency resolver of the pipeline (code uploaded once by hash, so the node names the component's code). */
function taskResolver(ctx) {
    const deps = ctx.resolver.dependencies;
    if (!deps)
        throw new Error('internal: a parallel or spark step needs resolver.dependencies');
    return deps;
}
/** A parallel component YAML (`type: parallel`). */
const parallelComponentKind = {
    async read(map, yaml, ctx) {
        const { problems } = ctx;
        (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(map, [..._header_js__WEBPACK_IMPORTED_MODULE_8__/* .COMPONENT_HEADER_KEYS */ .NW, ...PARALLEL_SETTING_KEYS], problems, 'a parallel component');
        const inputs = (0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputPorts */ .Nu)((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'inputs', problems), problems);
        const outputs = (0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .readOutputPorts */ .g5)((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'outputs', problems), problems);
        const settings = await readParallelSettings(map, yaml.file, problems, { ofStep: false });
        if (!settings.task)
            problems.add('a parallel component needs a task', map.loc);
        if (!settings.inputData)
            problems.add('a parallel component needs input_data (${{inputs.<name>}})', map.loc);
        checkParallelPorts(settings, Object.keys(inputs), Object.keys(outputs), problems);
        return {
            type: 'parallel',
            file: yaml.file,
            loc: map.loc,
            ...(0,_header_js__WEBPACK_IMPORTED_MODULE_8__/* .readComponentHeader */ .jX)(map, problems),
            inputs,
            outputs,
            settings,
        };
    },
    spec: (component, ctx) => (0,_component_rest_js__WEBPACK_IMPORTED_MODULE_9__/* .resolvedComponentSpec */ .l5)(component, ctx.deps, ctx.source),
};


/***/ }),

/***/ 288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ sparkComponentSpecFields),
/* harmony export */   BV: () => (/* binding */ sparkComponentKind),
/* harmony export */   SA: () => (/* binding */ sparkStep)
/* harmony export */ });
/* unused harmony exports CONF_KEYS, SPARK_COMPONENT_KEYS, SPARK_STEP_KEYS, readSparkSettings, checkSparkEntry, sparkNodeFields */
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5059);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _inline_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1904);
/* harmony import */ var _node_rest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8940);
/* harmony import */ var _pipeline_node_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6712);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(249);
/* harmony import */ var _step_ports_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3598);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2648);
/* harmony import */ var _component_rest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2597);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5064);












/** Promoted settings and the Spark configuration key each is written to. */
const CONF_KEYS = {
    driver_cores: 'spark.driver.cores',
    driver_memory: 'spark.driver.memory',
    executor_cores: 'spark.executor.cores',
    executor_memory: 'spark.executor.memory',
    executor_instances: 'spark.executor.instances',
    dynamic_allocation_enabled: 'spark.dynamicAllocation.enabled',
    dynamic_allocation_min_executors: 'spark.dynamicAllocation.minExecutors',
    dynamic_allocation_max_executors: 'spark.dynamicAllocation.maxExecutors',
};
const LIST_KEYS = ['py_files', 'jars', 'files', 'archives'];
/** Keys of a spark component besides name, version, inputs, outputs and the like. */
const SPARK_COMPONENT_KEYS = [
    'code',
    'entry',
    ...LIST_KEYS,
    'conf',
    'environment',
    'args',
    ...Object.keys(CONF_KEYS),
];
/** Keys of a spark step besides the ones every step has; a step takes `component` or its own code and entry. */
const SPARK_STEP_KEYS = [...SPARK_COMPONENT_KEYS, 'component', 'resources', 'identity'];
const MEMORY = /^\d+[kKmMgGtTpP]$/;
/** Reads spark settings of a component (`ofStep: false`) or a step; `file` anchors `code` and environment files. */
async function readSparkSettings(map, file, problems, 
/** `commonFieldsRead`: the step's identity is its common field (NodeBase), read there. */
options) {
    const settings = { loc: map.loc, lists: {} };
    const entry = readEntry(map, problems);
    if (entry)
        settings.entry = entry;
    for (const key of LIST_KEYS) {
        const list = (0,_fields_js__WEBPACK_IMPORTED_MODULE_11__/* .readStringList */ .cL)(map, key, problems, { unique: true });
        if (list)
            settings.lists[key] = list;
    }
    const conf = readConf(map, problems);
    if (conf)
        settings.conf = conf;
    const args = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'args', problems);
    if (args !== undefined)
        settings.args = args;
    Object.assign(settings, await (0,_component_js__WEBPACK_IMPORTED_MODULE_2__/* .readCodeAndEnvironment */ .kM)(map, file, problems));
    if (options.ofStep) {
        const resources = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'resources', problems);
        if (resources) {
            (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(resources, ['instance_type', 'runtime_version'], problems, 'resources of a spark step');
            const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(resources, 'instance_type', problems, {
                required: true,
                owner: 'serverless Spark resources',
            });
            const version = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(resources, 'runtime_version', problems, {
                required: true,
                owner: 'serverless Spark resources',
            });
            settings.resources = {
                ...(type ? { instance_type: type } : {}),
                ...(version ? { runtime_version: version } : {}),
            };
            if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'compute'))
                problems.add('a spark step runs on its compute or on serverless resources, not both', resources.loc);
        }
        const identity = options.commonFieldsRead ? undefined : (0,_fields_js__WEBPACK_IMPORTED_MODULE_11__/* .readIdentity */ .xN)(map, problems);
        if (identity)
            settings.identity = identity;
    }
    return settings;
}
function readEntry(map, problems) {
    const entry = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'entry', problems);
    if (!entry)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(entry, ['file', 'class_name'], problems, 'the spark entry');
    const file = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(entry, 'file', problems);
    const className = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(entry, 'class_name', problems);
    if ((file === undefined) === (className === undefined)) {
        problems.add('the spark entry takes either file (Python) or class_name (Scala/Java)', entry.loc);
        return undefined;
    }
    return file !== undefined ? { file } : { className };
}
/** `conf` and the promoted settings, checked as azure-ai-ml checks them, as one map of Spark keys. */
function readConf(map, problems) {
    const conf = {};
    /** Where each Spark key was written, so a problem points at its own line. */
    const locs = {};
    const written = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'conf', problems);
    for (const e of written?.entries ?? []) {
        if (e.value.kind !== 'scalar' || e.value.value === null) {
            problems.add(`conf '${e.key}' must be a single value, got ${(0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .describeKind */ .SB)(e.value)}`, e.value.loc);
            continue;
        }
        conf[e.key] = e.value.value;
        locs[e.key] = e.value.loc;
    }
    for (const [field, sparkKey] of Object.entries(CONF_KEYS)) {
        const value = readPromoted(map, field, problems);
        if (value === undefined)
            continue;
        conf[sparkKey] = value;
        locs[sparkKey] = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, field)?.value.loc ?? map.loc;
    }
    for (const [field, sparkKey] of Object.entries(CONF_KEYS)) {
        const value = conf[sparkKey];
        if (field.endsWith('_memory') && value !== undefined && !(typeof value === 'string' && MEMORY.test(value)))
            problems.add(`${sparkKey} must be a size such as 2g or 512m, got '${String(value)}'`, locs[sparkKey]);
    }
    const dynamic = [CONF_KEYS.dynamic_allocation_enabled, CONF_KEYS.dynamic_allocation_min_executors];
    checkDynamicAllocation(conf, locs[dynamic.find((k) => locs[k]) ?? ''] ?? map.loc, problems);
    return Object.keys(conf).length > 0 ? conf : undefined;
}
function readPromoted(map, field, problems) {
    if (!(0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, field))
        return undefined;
    if (field === 'dynamic_allocation_enabled')
        return (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(map, field, problems);
    if (field.endsWith('_memory'))
        return (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, field, problems);
    return (0,_fields_js__WEBPACK_IMPORTED_MODULE_11__/* .readNumberOrBinding */ .CB)(map, field, problems, { integer: true, min: field.startsWith('dynamic') ? 0 : 1 });
}
/** azure-ai-ml's `_validate_spark_configurations` for dynamic allocation. */
function checkDynamicAllocation(conf, loc, problems) {
    const enabled = conf[CONF_KEYS.dynamic_allocation_enabled];
    const min = conf[CONF_KEYS.dynamic_allocation_min_executors];
    const max = conf[CONF_KEYS.dynamic_allocation_max_executors];
    const instances = conf[CONF_KEYS.executor_instances];
    if (enabled !== true) {
        if (min !== undefined || max !== undefined)
            problems.add('dynamic_allocation_min/max_executors need dynamic_allocation_enabled: true', loc);
        return;
    }
    if (min === undefined || max === undefined) {
        problems.add('dynamic allocation needs dynamic_allocation_min_executors and dynamic_allocation_max_executors', loc);
        return;
    }
    if (typeof min === 'number' && typeof max === 'number' && min > max)
        problems.add(`dynamic_allocation_min_executors (${min}) is above dynamic_allocation_max_executors (${max})`, loc);
    if (typeof instances === 'number' &&
        typeof min === 'number' &&
        typeof max === 'number' &&
        (instances < min || instances > max))
        problems.add(`executor_instances (${instances}) must lie between the min and max executors (${min}..${max})`, loc);
}
/** A component or an inline step needs an entry (and code to find it in). */
function checkSparkEntry(settings, problems, owner) {
    if (!settings.entry)
        problems.add(`${owner} needs an entry (file or class_name)`, settings.loc);
}
/** The spark fields of a ComponentVersion's componentSpec. */
function sparkComponentSpecFields(settings, resolved) {
    const out = { type: 'spark' };
    if (resolved.code)
        out.code = resolved.code;
    if (settings.entry)
        out.entry =
            settings.entry.file !== undefined
                ? { file: settings.entry.file }
                : { class_name: settings.entry.className ?? '' };
    for (const key of LIST_KEYS)
        if (settings.lists[key])
            out[key] = settings.lists[key];
    if (settings.conf)
        out.conf = settings.conf;
    if (resolved.environment)
        out.environment = resolved.environment;
    if (settings.args !== undefined)
        out.args = settings.args;
    return out;
}
/**
 * The spark fields of the node dict in `jobs.<name>`. `step` is what the step itself says, `component` its
 * component's settings (undefined for a registered component, whose fields the service has); `hasCompute` is
 * whether the step names its own compute.
 */
function sparkNodeFields(step, component, componentId, hasCompute) {
    const from = component ?? step;
    const out = { type: 'spark', componentId };
    for (const key of LIST_KEYS)
        if (from.lists[key])
            out[key] = from.lists[key];
    const conf = { ...(step.conf ?? component?.conf ?? {}) };
    if (Object.keys(conf).length > 0)
        out.conf = conf;
    if (from.args !== undefined)
        out.args = from.args;
    if (from.entry)
        out.entry =
            from.entry.file !== undefined
                ? { file: from.entry.file, spark_job_entry_type: 'SparkJobPythonEntry' }
                : { class_name: from.entry.className ?? '', spark_job_entry_type: 'SparkJobScalaEntry' };
    const identity = step.identity ?? defaultIdentity(hasCompute, step.resources !== undefined);
    if (identity)
        out.identity = (0,_fields_js__WEBPACK_IMPORTED_MODULE_11__/* .restIdentity */ .$P)(identity);
    if (step.resources)
        out.resources = step.resources;
    return out;
}
/** Spark.identity when none is written: managed on attached compute, the user's own on serverless Spark. */
function defaultIdentity(hasCompute, serverless) {
    if (hasCompute)
        return { type: 'managed' };
    return serverless ? { type: 'user_identity' } : undefined;
}
/** `type: spark` steps: a spark component (file, reference, mapping) or the step's own entry and code. */
const sparkStep = {
    read: readSparkNode,
    toRest: sparkNodeToRest,
    validate: (node, graph, problems) => (0,_step_ports_js__WEBPACK_IMPORTED_MODULE_8__/* .checkComponentPorts */ .Sl)(node, node.component, graph, problems),
    // Serverless Spark (`resources: {instance_type, runtime_version}`) needs no compute.
    needsCompute: (node) => node.spark.resources === undefined,
    ...(0,_step_ports_js__WEBPACK_IMPORTED_MODULE_8__/* .runsComponent */ .sq)((node) => node.component),
};
async function readSparkNode(name, map, ctx) {
    const node = (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_6__/* .readStepBase */ .uR)(name, map, ctx, 'spark', SPARK_STEP_KEYS);
    const spark = await readSparkSettings(map, ctx.yaml.file, ctx.problems, { ofStep: true, commonFieldsRead: true });
    if (node.identity) {
        const { loc: _loc, ...identity } = node.identity;
        spark.identity = identity;
    }
    // The step's own entry and code: azure-ai-ml registers them as an anonymous spark component.
    const component = await (0,_inline_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stepComponentUse */ .Tx)(node, map, ctx, 'spark', (base) => {
        checkSparkEntry(spark, ctx.problems, `spark step '${name}' without a component`);
        return { type: 'spark', ...base, settings: { ...spark, resources: undefined, identity: undefined } };
    });
    return component && { ...node, spark, component };
}
/** azure-ai-ml's `Spark._to_rest_object`: common fields, then the spark fields (identity in the REST shape). */
async function sparkNodeToRest(node, ctx) {
    const { dict, componentId, component } = await (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_5__/* .componentNodeHead */ .q$)(node, node.component, ctx);
    return { ...dict, ...sparkNodeFields(node.spark, component?.settings, componentId, node.compute !== undefined) };
}
/** A spark component YAML (`type: spark`); without `code:` its code is the component file's folder. */
const sparkComponentKind = {
    async read(map, yaml, ctx) {
        const { problems } = ctx;
        (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(map, [..._header_js__WEBPACK_IMPORTED_MODULE_9__/* .COMPONENT_HEADER_KEYS */ .NW, ...SPARK_COMPONENT_KEYS], problems, 'a spark component');
        const settings = await readSparkSettings(map, yaml.file, problems, { ofStep: false });
        checkSparkEntry(settings, problems, 'a spark component');
        // azure-ai-ml uploads the component's folder as its code when `code:` is absent (recorded: wordcount.yml).
        settings.code ??= { local: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(yaml.file) };
        return {
            type: 'spark',
            file: yaml.file,
            loc: map.loc,
            ...(0,_header_js__WEBPACK_IMPORTED_MODULE_9__/* .readComponentHeader */ .jX)(map, problems),
            inputs: (0,_ports_js__WEBPACK_IMPORTED_MODULE_7__/* .readInputPorts */ .Nu)((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'inputs', problems), problems),
            outputs: (0,_ports_js__WEBPACK_IMPORTED_MODULE_7__/* .readOutputPorts */ .g5)((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'outputs', problems), problems),
            settings,
        };
    },
    spec: (component, ctx) => (0,_component_rest_js__WEBPACK_IMPORTED_MODULE_10__/* .resolvedComponentSpec */ .l5)(component, ctx.deps, ctx.source),
};


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
/* harmony export */   uU: () => (/* binding */ locateText)
/* harmony export */ });
/* unused harmony exports child, isNull, syntheticScalar, syntheticNode */
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
