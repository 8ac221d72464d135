export const id = 441;
export const ids = [441];
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

/***/ 3441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPipelineJob: () => (/* binding */ loadPipelineJob)
/* harmony export */ });
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _overrides_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4528);
/* harmony import */ var _pipeline_node_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6712);
/* harmony import */ var _steps_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5858);
/* harmony import */ var _steps_header_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2648);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(249);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4467);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7039);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_9___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_9__);










const PIPELINE_KEYS = [
    '$schema',
    'type',
    'name',
    'display_name',
    'experiment_name',
    'description',
    'tags',
    'inputs',
    'outputs',
    'settings',
    'jobs',
    'compute',
    'component',
    'identity',
    'properties',
];
/** A pipeline job's string keys: YAML key -> field. */
const JOB_STRINGS = {
    name: 'name',
    display_name: 'displayName',
    experiment_name: 'experimentName',
    description: 'description',
    compute: 'compute',
};
const NOT_SUPPORTED_PIPELINE_KEYS = {
    services: 'a pipeline job has no services of its own; set them on its command steps',
};
/**
 * Loads a pipeline job YAML and every local component it uses, applies overrides, and validates steps and
 * bindings. Throws one ValidationError listing every problem (file and line each); nothing is half-loaded.
 */
async function loadPipelineJob(path, overrides = {}) {
    const yaml = await (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .loadYamlFile */ .Y3)(path);
    if (overrides.set?.length)
        (0,_overrides_js__WEBPACK_IMPORTED_MODULE_2__.applySetOverrides)(yaml.root, overrides.set);
    if (overrides.inputs && Object.keys(overrides.inputs).length)
        (0,_overrides_js__WEBPACK_IMPORTED_MODULE_2__.applyInputOverrides)(yaml.root, overrides.inputs);
    const problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .Problems */ .Zw();
    const unreadable = new Set();
    const job = await readPipelineJob(yaml, problems, unreadable);
    if (job)
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .validatePipeline */ .Jk)(job, problems, unreadable);
    problems.throwIfAny(`${path}: ${problems.list.length} problem(s) found; nothing was sent to Azure`);
    return job;
}
async function readPipelineJob(yaml, problems, unreadable) {
    const map = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expectMap */ .Ym)(yaml.root, 'a pipeline job file', problems);
    if (!map)
        return undefined;
    const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'type', problems);
    if (type !== 'pipeline') {
        problems.add(`expected a pipeline job (type: pipeline), got type '${type ?? '(none)'}'`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'type')?.value.loc ?? map.loc);
        return undefined;
    }
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(map, PIPELINE_KEYS, problems, 'a pipeline job', NOT_SUPPORTED_PIPELINE_KEYS);
    const baseDir = (0,node_path__WEBPACK_IMPORTED_MODULE_9__.dirname)(yaml.file);
    const job = {
        file: yaml.file,
        loc: map.loc,
        inputs: readPipelineInputs((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'inputs', problems), baseDir, problems),
        outputs: readPipelineOutputs((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'outputs', problems), problems),
        settings: readSettings((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'settings', problems), problems),
        jobs: {},
    };
    (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_3__/* .readJobFields */ .r$)(job, map, JOB_STRINGS, problems);
    const reader = new _steps_index_js__WEBPACK_IMPORTED_MODULE_4__/* .GraphReader */ .sX(problems);
    const ctx = reader.nodeContext(yaml, job.inputs, job.outputs);
    const jobs = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'jobs', problems);
    if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'component')) {
        // A job wrapping a pipeline component: its steps are the component's.
        if (jobs?.entries.length)
            problems.add('a pipeline job has either component or jobs, not both', map.loc);
        const component = await (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_3__/* .readComponentUse */ .j)('component', map, ctx, 'pipeline');
        if (component)
            job.component = component;
        return job;
    }
    if (!jobs || jobs.entries.length === 0)
        problems.add('a pipeline job needs at least one step under jobs', map.loc);
    for (const entry of jobs?.entries ?? []) {
        if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(entry.key)) {
            problems.add(`step name '${entry.key}' must use letters, digits and '_' only`, entry.keyLoc);
        }
        const node = await ctx.readNode(entry.key, entry.value, ctx);
        if (node)
            job.jobs[entry.key] = node;
        else
            unreadable.add(entry.key);
    }
    return job;
}
function readPipelineInputs(map, baseDir, problems) {
    const inputs = {};
    for (const entry of map?.entries ?? []) {
        const input = readPipelineInput(entry.key, entry.value, baseDir, problems);
        if (input)
            inputs[entry.key] = input;
    }
    return inputs;
}
function readPipelineInput(name, node, baseDir, problems) {
    if (node.kind === 'scalar')
        return { kind: 'literal', name, value: node.value, source: node.source, loc: node.loc };
    const map = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expectMap */ .Ym)(node, `pipeline input '${name}'`, problems);
    if (!map)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(map, ['type', 'path', 'mode', 'value', 'default', 'optional', 'description'], problems, `pipeline input '${name}'`);
    const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'type', problems);
    const valueNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'value')?.value ?? (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'default')?.value;
    if ((type !== undefined && (0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .isLiteralType */ .aw)(type)) || (type === undefined && valueNode)) {
        const value = valueNode?.kind === 'scalar' ? valueNode : undefined;
        return {
            kind: 'literal',
            name,
            value: value?.value ?? null,
            source: value?.source ?? '',
            loc: map.loc,
            ...(type && (0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .isLiteralType */ .aw)(type) ? { type } : {}),
        };
    }
    if (type !== undefined && !(0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .isDataType */ .ZM)(type)) {
        problems.add(`pipeline input '${name}' has type '${type}', which is not an Azure ML type`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'type')?.value.loc);
        return undefined;
    }
    const input = { kind: 'data', name, type: type ?? 'uri_folder', loc: map.loc };
    const optional = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(map, 'optional', problems);
    if (optional !== undefined)
        input.optional = optional;
    const description = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'description', problems);
    if (description !== undefined)
        input.description = description;
    const mode = (0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .readMode */ .Em)(map, _ports_js__WEBPACK_IMPORTED_MODULE_6__/* .INPUT_MODES */ .mG, problems);
    if (mode)
        input.mode = mode;
    const pathText = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'path', problems);
    if (pathText === undefined) {
        if (!input.optional)
            problems.add(`pipeline input '${name}' needs a path (a job input cannot be empty)`, map.loc);
        return input;
    }
    input.pathText = pathText;
    input.path = (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDataPath */ .$U)(pathText, baseDir);
    if (input.path.kind === 'invalid')
        problems.add(`pipeline input '${name}': path ${input.path.reason}`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(map, 'path')?.value.loc);
    return input;
}
function readPipelineOutputs(map, problems) {
    const outputs = {};
    for (const entry of map?.entries ?? []) {
        const name = entry.key;
        if (entry.value.kind === 'scalar' && entry.value.value === null) {
            outputs[name] = { name, type: 'uri_folder', loc: entry.keyLoc };
            continue;
        }
        const out = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expectMap */ .Ym)(entry.value, `pipeline output '${name}'`, problems);
        if (!out)
            continue;
        (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(out, ['type', 'mode', 'path', 'description', 'name', 'version'], problems, `pipeline output '${name}'`);
        const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(out, 'type', problems) ?? 'uri_folder';
        if (!(0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .isDataType */ .ZM)(type)) {
            problems.add(`pipeline output '${name}' has type '${type}'; outputs carry data types only`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .entryOf */ .Ms)(out, 'type')?.value.loc);
            continue;
        }
        const output = { name, type, loc: out.loc };
        const mode = (0,_ports_js__WEBPACK_IMPORTED_MODULE_6__/* .readMode */ .Em)(out, _ports_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTPUT_MODES */ .fG, problems);
        if (mode)
            output.mode = mode;
        const path = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(out, 'path', problems);
        if (path !== undefined)
            output.path = path;
        const description = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(out, 'description', problems);
        if (description !== undefined)
            output.description = description;
        Object.assign(output, (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_3__/* .readAssetNaming */ .d1)(out, name, problems));
        outputs[name] = output;
    }
    return outputs;
}
function readSettings(map, problems) {
    const settings = { extra: {} };
    if (!map)
        return settings;
    settings.loc = map.loc;
    (0,_steps_header_js__WEBPACK_IMPORTED_MODULE_5__/* .readStringFields */ .Pz)(settings, map, { default_compute: 'defaultCompute', default_datastore: 'defaultDatastore' }, problems);
    const continueOnStepFailure = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(map, 'continue_on_step_failure', problems);
    if (continueOnStepFailure !== undefined)
        settings.continueOnStepFailure = continueOnStepFailure;
    const forceRerun = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(map, 'force_rerun', problems);
    if (forceRerun !== undefined)
        settings.forceRerun = forceRerun;
    const known = ['default_compute', 'default_datastore', 'continue_on_step_failure', 'force_rerun'];
    for (const entry of map.entries) {
        if (!known.includes(entry.key) && !(entry.value.kind === 'scalar' && entry.value.value === null)) {
            settings.extra[entry.key] = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .toPlain */ .Ul)(entry.value);
        }
    }
    return settings;
}


/***/ })

};
