export const id = 59;
export const ids = [59];
export const modules = {

/***/ 5059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  em: () => (/* binding */ checkCommand),
  dG: () => (/* binding */ checkDistribution),
  bK: () => (/* binding */ distributionType),
  loadComponentFile: () => (/* binding */ loadComponentFile),
  wr: () => (/* binding */ readCode),
  kM: () => (/* binding */ readCodeAndEnvironment),
  Co: () => (/* binding */ readComponent),
  DN: () => (/* binding */ readEnvironmentUse)
});

// UNUSED EXPORTS: DISTRIBUTION_TYPES

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
    const yaml = await (0,located/* loadYamlFile */.Y3)(path);
    const problems = new fields/* Problems */.Zw();
    const map = (0,fields/* expectMap */.Ym)(yaml.root, 'a component file', problems);
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

/***/ 249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ readMode),
/* harmony export */   Nu: () => (/* binding */ readInputPorts),
/* harmony export */   ZM: () => (/* binding */ isDataType),
/* harmony export */   aw: () => (/* binding */ isLiteralType),
/* harmony export */   fG: () => (/* binding */ OUTPUT_MODES),
/* harmony export */   g5: () => (/* binding */ readOutputPorts),
/* harmony export */   ju: () => (/* binding */ literalTypeProblem),
/* harmony export */   k0: () => (/* binding */ inferLiteralType),
/* harmony export */   mG: () => (/* binding */ INPUT_MODES),
/* harmony export */   sG: () => (/* binding */ isDataPort)
/* harmony export */ });
/* unused harmony exports DATA_TYPES, LITERAL_TYPES, PATH_TYPE, checkPortName, literalRangeProblem */
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
