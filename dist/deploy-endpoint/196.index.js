export const id = 196;
export const ids = [196,528];
export const modules = {

/***/ 9924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ openSpecFile),
/* harmony export */   _: () => (/* binding */ readDescribed)
/* harmony export */ });
/* harmony import */ var _pipeline_overrides_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4528);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7054);



/** The keys every endpoint and deployment file may have, read here. */
const COMMON_KEYS = ['$schema', 'name', 'description', 'tags', 'properties'];
/** Endpoint and deployment names, as the service checks them. */
const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;
/**
 * Opens an endpoint or deployment file (`what`, e.g. 'an online endpoint'): its map with the `set` overrides
 * applied, keys outside the common ones and `keys` warned about as az ml warns and drops them, and its name read.
 */
async function openSpecFile(file, overrides, what, kind, keys) {
    const map = await loadSpecMap(file, overrides, what);
    const problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .Problems */ .Zw();
    const warnings = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .Problems */ .Zw();
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(map, [...COMMON_KEYS, ...keys], warnings, what);
    const { name, nameLoc } = readResourceName(map, problems, kind, what);
    const done = (spec) => {
        problems.throwIfAny(`${file}: ${what.replace(/^an? /, 'the ')} has problems; nothing was sent to Azure`);
        return { spec, warnings: warnings.list };
    };
    return { map, name, nameLoc, problems, warnings, done };
}
/** The file's top-level map, with the `set` overrides applied; a file that is not a map is refused. */
async function loadSpecMap(file, overrides, what) {
    const yaml = await (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .loadYamlFile */ .Y3)(file);
    const problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .Problems */ .Zw();
    const root = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expectMap */ .Ym)((0,_pipeline_overrides_js__WEBPACK_IMPORTED_MODULE_0__/* .applySetOverrides */ .iJ)(yaml.root, overrides), what, problems);
    problems.throwIfAny(`${file} is not ${what}`);
    return root;
}
/** The required `name:` of an endpoint or a deployment (`owner` is the file's kind, for the message). */
function readResourceName(map, problems, kind, owner) {
    const name = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'name', problems, { required: true, owner }) ?? '';
    const nameLoc = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(map, 'name')?.value.loc ?? map.loc;
    if (name && !NAME_PATTERN.test(name))
        problems.add(`${kind} name '${name}' is invalid: 3-32 characters, a letter first, letters, digits and '-', no '-' last`, nameLoc);
    return { name, nameLoc };
}
/** `description`, `tags` and `properties`, as every endpoint and deployment file may give them. */
function readDescribed(map, problems) {
    return {
        description: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'description', problems),
        tags: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readStringMap */ .oI)(map, 'tags', problems) ?? {},
        properties: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readStringMap */ .oI)(map, 'properties', problems),
    };
}


/***/ }),

/***/ 8196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadOnlineDeployment: () => (/* binding */ loadOnlineDeployment),
/* harmony export */   loadOnlineEndpoint: () => (/* binding */ loadOnlineEndpoint)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7054);
/* harmony import */ var _spec_fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9924);
/**
 * The endpoint and deployment YAML as `az ml online-endpoint` / `online-deployment` read them: YAML 1.1 through
 * shared/yaml, every problem with file and line, unknown keys warned (az ml warns and drops them) rather than
 * refused. The result is typed and still holds unresolved references (`azureml:` model, environment, code):
 * `to-rest.ts` resolves them and builds the bodies azure-ai-ml sends.
 */




const ENDPOINT_KEYS = [
    'auth_mode',
    'identity',
    'traffic',
    'mirror_traffic',
    'public_network_access',
    'kind',
    'location',
];
const DEPLOYMENT_KEYS = [
    'endpoint_name',
    'type',
    'model',
    'code_configuration',
    'environment',
    'environment_variables',
    'app_insights_enabled',
    'scale_settings',
    'request_settings',
    'liveness_probe',
    'readiness_probe',
    'instance_type',
    'instance_count',
    'egress_public_network_access',
    'model_mount_path',
];
/** Keys of the schema this suite does not send yet: refused, never silently dropped. */
const DEPLOYMENT_NOT_SUPPORTED = {
    data_collector: 'configure data collection on the deployment after it is created',
    code_path: 'write code_configuration: {code, scoring_script} instead',
    scoring_script: 'write code_configuration: {code, scoring_script} instead',
    with_package: 'model packaging is not supported',
};
const AUTH_MODES = { key: 'Key', aml_token: 'AMLToken', aad_token: 'AADToken' };
/** Reads an online endpoint YAML (`az ml online-endpoint create -f`). */
async function loadOnlineEndpoint(file, overrides = []) {
    const opened = await (0,_spec_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .openSpecFile */ .E)(file, overrides, 'an online endpoint', 'endpoint', ENDPOINT_KEYS);
    const { map, problems, warnings, name } = opened;
    const authText = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'auth_mode', problems) ?? 'key';
    const authMode = AUTH_MODES[authText.toLowerCase()];
    if (!authMode)
        problems.add(`auth_mode '${authText}' is not one of ${Object.keys(AUTH_MODES).join(', ')}`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(map, 'auth_mode')?.value.loc);
    const spec = {
        file,
        name,
        ...(0,_spec_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readDescribed */ ._)(map, problems),
        authMode: authMode ?? 'Key',
        identity: readIdentity(map, problems),
        traffic: readTraffic(map, 'traffic', problems),
        publicNetworkAccess: readEnabled(map, 'public_network_access', problems),
    };
    if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(map, 'mirror_traffic'))
        warnings.add("'mirror_traffic' is set by this action's 'traffic' input, not the file", (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(map, 'mirror_traffic').keyLoc);
    return opened.done(spec);
}
/** Reads a managed online deployment YAML (`az ml online-deployment create -f`). */
async function loadOnlineDeployment(file, overrides = []) {
    const opened = await (0,_spec_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .openSpecFile */ .E)(file, overrides, 'an online deployment', 'deployment', [
        ...DEPLOYMENT_KEYS,
        ...Object.keys(DEPLOYMENT_NOT_SUPPORTED),
    ]);
    const { map, problems, name, nameLoc } = opened;
    // Keys this suite does not send are refused (the rest of the unknown ones are warned, as az ml warns and drops them).
    for (const entry of map.entries) {
        const why = DEPLOYMENT_NOT_SUPPORTED[entry.key];
        if (why)
            problems.add(`not supported yet: '${entry.key}' in an online deployment (${why})`, entry.keyLoc);
    }
    const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'type', problems) ?? 'managed';
    if (type !== 'managed')
        problems.add(`type '${type}': only managed online deployments are supported (Kubernetes: use k8s-deploy)`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(map, 'type').value.loc);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(file);
    const codeConfig = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'code_configuration', problems);
    if (codeConfig)
        (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(codeConfig, ['code', 'scoring_script'], problems, "'code_configuration'");
    const codeText = codeConfig && (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(codeConfig, 'code', problems);
    const instanceCount = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(map, 'instance_count', problems) ?? 1;
    if (!Number.isInteger(instanceCount) || instanceCount < 1)
        problems.add('instance_count must be a whole number of at least 1', (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(map, 'instance_count').value.loc);
    const spec = {
        file,
        name,
        nameLoc,
        endpointName: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'endpoint_name', problems),
        endpointNameLoc: (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(map, 'endpoint_name')?.value.loc,
        ...(0,_spec_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .readDescribed */ ._)(map, problems),
        model: readAssetRef(map, 'model', dir, problems, 'a registered model (azureml:name:version)'),
        environment: readAssetRef(map, 'environment', dir, problems, 'a registered environment (azureml:name:version)'),
        code: codeText ? assetRefOf(codeText, dir, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(codeConfig, 'code').value.loc) : undefined,
        scoringScript: codeConfig &&
            (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(codeConfig, 'scoring_script', problems, { required: true, owner: "'code_configuration'" }),
        environmentVariables: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readStringMap */ .oI)(map, 'environment_variables', problems),
        instanceType: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'instance_type', problems),
        instanceCount,
        appInsightsEnabled: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(map, 'app_insights_enabled', problems),
        egressPublicNetworkAccess: readEnabled(map, 'egress_public_network_access', problems),
        scaleSettings: readScaleSettings(map, problems),
        requestSettings: readRequestSettings(map, problems),
        livenessProbe: readProbe(map, 'liveness_probe', problems),
        readinessProbe: readProbe(map, 'readiness_probe', problems),
        modelMountPath: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, 'model_mount_path', problems),
    };
    if (!spec.environment && spec.code)
        problems.add('a deployment with code_configuration needs an environment', map.loc);
    return opened.done(spec);
}
function assetRefOf(text, dir, loc) {
    if (text.startsWith('azureml:') || text.startsWith('/subscriptions/'))
        return { kind: 'azureml', text, loc };
    return { kind: 'local', path: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, text.replace(/^file:/, '')) };
}
function readAssetRef(map, key, dir, problems, expected) {
    const entry = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(map, key);
    if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null))
        return undefined;
    if (entry.value.kind !== 'scalar') {
        problems.add(`not supported yet: an inline '${key}'; give ${expected}`, entry.value.loc);
        return undefined;
    }
    const text = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, key, problems) ?? '';
    const ref = assetRefOf(text, dir, entry.value.loc);
    if (ref.kind === 'local')
        problems.add(`'${key}: ${text}' must be ${expected}`, entry.value.loc);
    return ref;
}
function readEnabled(map, key, problems) {
    const text = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(map, key, problems);
    if (text === undefined)
        return undefined;
    if (/^enabled$/i.test(text))
        return 'Enabled';
    if (/^disabled$/i.test(text))
        return 'Disabled';
    problems.add(`'${key}' must be enabled or disabled, got '${text}'`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(map, key).value.loc);
    return undefined;
}
function readIdentity(map, problems) {
    const identity = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'identity', problems);
    if (!identity)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(identity, ['type', 'user_assigned_identities'], problems, "'identity'");
    const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(identity, 'type', problems, { required: true, owner: "'identity'" }) ?? 'system_assigned';
    const uai = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(identity, 'user_assigned_identities')?.value;
    const ids = uai?.kind === 'seq'
        ? uai.items.map((item) => {
            const plain = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .toPlain */ .Ul)(item);
            return typeof plain === 'string' ? plain : String(plain.resource_id ?? '');
        })
        : undefined;
    return { type, userAssignedIdentities: ids };
}
function readTraffic(map, key, problems) {
    const traffic = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, key, problems);
    if (!traffic)
        return undefined;
    const out = {};
    for (const entry of traffic.entries) {
        const value = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(traffic, entry.key, problems);
        if (value !== undefined)
            out[entry.key] = value;
    }
    return out;
}
function readScaleSettings(map, problems) {
    const scale = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'scale_settings', problems);
    if (!scale)
        return undefined;
    const type = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(scale, 'type', problems) ?? 'default';
    if (type === 'default')
        return { scaleType: 'Default' };
    problems.add(`scale_settings type '${type}': only 'default' is supported for managed online deployments`, (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(scale, 'type')?.value.loc ?? scale.loc);
    return undefined;
}
function readRequestSettings(map, problems) {
    const settings = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, 'request_settings', problems);
    if (!settings)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(settings, ['request_timeout_ms', 'max_concurrent_requests_per_instance', 'max_queue_wait_ms'], problems, "'request_settings'");
    return {
        requestTimeoutMs: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(settings, 'request_timeout_ms', problems),
        maxConcurrentRequestsPerInstance: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(settings, 'max_concurrent_requests_per_instance', problems),
        maxQueueWaitMs: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(settings, 'max_queue_wait_ms', problems),
    };
}
function readProbe(map, key, problems) {
    const probe = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalMap */ .xC)(map, key, problems);
    if (!probe)
        return undefined;
    (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkKeys */ .L)(probe, ['initial_delay', 'period', 'timeout', 'success_threshold', 'failure_threshold'], problems, `'${key}'`);
    return {
        initialDelaySeconds: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(probe, 'initial_delay', problems),
        periodSeconds: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(probe, 'period', problems),
        timeoutSeconds: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(probe, 'timeout', problems),
        successThreshold: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(probe, 'success_threshold', problems),
        failureThreshold: (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(probe, 'failure_threshold', problems),
    };
}


/***/ }),

/***/ 4528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iJ: () => (/* binding */ applySetOverrides),
/* harmony export */   parseSetOverrides: () => (/* binding */ parseSetOverrides)
/* harmony export */ });
/* unused harmony exports overrideLocation, checkOverrideTargets, applyInputOverrides */
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
        const isDataInput = existing?.kind === 'map' && (entryOf(existing, 'path') || entryOf(existing, 'type'));
        const plainValue = value === null || typeof value !== 'object';
        const keys = isDataInput && plainValue && existing && !isLiteralDeclaration(existing)
            ? ['inputs', name, 'path']
            : ['inputs', name];
        setPath(root, keys, value, { path: keys.join('.'), value: String(value) }, overrideLocation('inputs'));
    }
    return root;
}
function isLiteralDeclaration(map) {
    const type = entryOf(map, 'type')?.value;
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
/* harmony export */   uU: () => (/* binding */ locateText)
/* harmony export */ });
/* unused harmony exports child, isNull, syntheticScalar */
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
