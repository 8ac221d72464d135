export const id = 716;
export const ids = [716];
export const modules = {

/***/ 7716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ keyLocation),
/* harmony export */   loadAssetFiles: () => (/* binding */ loadAssetFiles)
/* harmony export */ });
/* unused harmony exports ASSET_NAME_PATTERN, ASSET_VERSION_PATTERN */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _pipeline_environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2664);
/* harmony import */ var _pipeline_steps_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8559);
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(463);
/**
 * Reads every environment and component file of a registration and checks them all before anything is
 * sent: each problem (syntax, schema, missing code folder, unnamed asset, a name used twice) is collected
 * with its file and line, and one ValidationError carries them all.
 */





/** ARM's rule for asset names (the service refuses others). */
const ASSET_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/**
 * What an asset version can never be: it is a segment of the version's ARM id (`.../versions/{version}`), so
 * empty, blank, `.`/`..`, or holding a space, a control character or one of `/ \ ? # %` would change the
 * path or be refused only after other assets were written.
 */
const ASSET_VERSION_PATTERN = /^(?!\.{1,2}$)[^\s/\\?#%\p{Cc}]{1,255}$/u;
async function loadAssetFiles(files) {
    const problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .Problems */ .Zw();
    const environments = await loadAll(files.environments, _pipeline_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .loadEnvironmentFile */ .CQ, problems);
    const components = await loadAll(files.components, _pipeline_steps_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadAnyComponentFile */ .qT, problems);
    checkNames('environment', environments, problems);
    checkNames('component', components, problems);
    checkVersions([...environments, ...components], problems);
    problems.throwIfAny(`${problems.list.length} problem(s) in the asset files; nothing was registered`);
    return { environments, components };
}
async function loadAll(paths, load, problems) {
    const loaded = [];
    for (const file of [...new Set(paths)]) {
        try {
            loaded.push({ file, value: await load(file), versionLoc: await versionLocation(file) });
        }
        catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI)
                problems.merge(error.problems);
            else if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                problems.add(error.message, error.location ?? { file });
            else
                problems.add(`cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`, { file });
        }
    }
    return loaded;
}
function versionLocation(file) {
    return keyLocation(file, 'version');
}
/** Where a top-level key's value is written in a YAML file (the file's first line when it is absent). */
async function keyLocation(file, key) {
    const yaml = await (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYamlFile */ .Y3)(file);
    const entry = yaml.root.kind === 'map' ? (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(yaml.root, key) : undefined;
    return entry?.value.loc ?? { file, line: 1 };
}
/** A registered asset needs a valid name, and one file per name: two would fight over its versions. */
function checkNames(kind, files, problems) {
    const byName = new Map();
    for (const { file, value } of files) {
        if (value.name === undefined) {
            problems.add(`${kind === 'environment' ? 'an' : 'a'} ${kind} registered from its own file needs a 'name'`, value.loc);
            continue;
        }
        if (!ASSET_NAME_PATTERN.test(value.name)) {
            problems.add(`${kind} name '${value.name}' is not valid: start with a letter or digit; letters, digits, '-' and '_' only`, value.loc);
        }
        const key = value.name.toLowerCase();
        const first = byName.get(key);
        if (first)
            problems.add(`${kind} '${value.name}' is also defined in ${first}; register each name from one file`, value.loc);
        else
            byName.set(key, file);
    }
}
/**
 * A `version:` written in a file is a segment of the asset's id: an empty or malformed one would only be
 * refused by the service, after the other assets of the run were written.
 */
function checkVersions(files, problems) {
    for (const { value, versionLoc } of files) {
        if (value.version === undefined || ASSET_VERSION_PATTERN.test(value.version))
            continue;
        problems.add(`version '${value.version}' is not valid: a version is a part of the asset's id, so it cannot be empty or ` +
            "hold spaces or '/', '\\', '?', '#', '%' (leave version out to have one chosen)", versionLoc);
    }
}


/***/ }),

/***/ 8559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M7: () => (/* binding */ COMPONENT_KINDS),
  zq: () => (/* binding */ STEP_KINDS),
  qT: () => (/* binding */ loadAnyComponentFile)
});

// UNUSED EXPORTS: GraphReader, readAnyComponent, readNode

// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/yaml/located.ts
var located = __webpack_require__(7054);
// EXTERNAL MODULE: ./shared/yaml/fields.ts
var fields = __webpack_require__(463);
// EXTERNAL MODULE: ./shared/pipeline/component.ts + 1 modules
var component = __webpack_require__(5059);
// EXTERNAL MODULE: ./shared/pipeline/bindings.ts
var bindings = __webpack_require__(5199);
// EXTERNAL MODULE: ./shared/pipeline/node-rest.ts
var node_rest = __webpack_require__(8940);
// EXTERNAL MODULE: ./shared/pipeline/pipeline-node.ts
var pipeline_node = __webpack_require__(6712);
;// CONCATENATED MODULE: ./shared/pipeline/steps/automl.ts





const AUTOML_DATA_FIELDS = ['training_data', 'validation_data', 'test_data'];
/** Keys read into the node itself rather than sent as AutoML fields. */
const NODE_KEYS = ['type', 'outputs', 'compute', 'display_name', 'description', 'tags', 'inputs'];
/** `type: automl`: sent in its YAML shape (azure-ai-ml dumps the AutoML job's YAML fields into the step). */
const automlStep = {
    read: readAutoMLNode,
    toRest: async (node, ctx) => (0,node_rest/* automlNodeToRest */.G4)(node, ctx.workspaceId),
    // Outputs of AutoML steps depend on the task; inputs come through training_data etc.
    ports: (_node, side) => (side === 'outputs' ? undefined : []),
    bindings: (node) => Object.values(node.automlBindings),
};
async function readAutoMLNode(name, map, ctx) {
    const node = {
        name,
        loc: map.loc,
        type: 'automl',
        inputs: {},
        outputs: (0,pipeline_node/* readPorts */.xH)(map, ctx).outputs,
        automl: {},
        automlBindings: {},
    };
    (0,pipeline_node/* readCommonFields */.FM)(node, map, ctx.problems);
    (0,fields/* readString */.E3)(map, 'task', ctx.problems, { required: true, owner: `AutoML step '${name}'` });
    for (const entry of map.entries) {
        if (NODE_KEYS.includes(entry.key))
            continue;
        if (AUTOML_DATA_FIELDS.includes(entry.key) &&
            entry.value.kind === 'scalar' &&
            typeof entry.value.value === 'string') {
            const parsed = (0,bindings/* parseBinding */.Vy)(entry.value.value);
            if (parsed?.ok)
                node.automlBindings[entry.key] = { binding: parsed.binding, loc: entry.value.loc };
            else if (parsed)
                ctx.problems.add(`${entry.key}: ${parsed.reason}`, entry.value.loc);
        }
        node.automl[entry.key] = (0,located/* toPlain */.Ul)(entry.value);
    }
    if ((0,located/* entryOf */.Ms)(map, 'inputs'))
        ctx.problems.add(`AutoML step '${name}' takes its data in training_data/validation_data, not inputs`, (0,located/* entryOf */.Ms)(map, 'inputs')?.keyLoc);
    return node;
}

// EXTERNAL MODULE: ./shared/pipeline/inline-command.ts
var inline_command = __webpack_require__(1904);
// EXTERNAL MODULE: ./shared/pipeline/step-ports.ts
var step_ports = __webpack_require__(3598);
;// CONCATENATED MODULE: ./shared/pipeline/steps/command.ts






/** `type: command` (the default): a command component, from a file, a reference, a mapping or inline. */
const commandStep = {
    read: readCommandNode,
    toRest: node_rest/* commandNodeToRest */.Jk,
    validate: (node, graph, problems) => (0,step_ports/* checkComponentPorts */.Sl)(node, node.component, graph, problems),
    ...(0,step_ports/* runsComponent */.sq)((node) => node.component),
};
async function readCommandNode(name, map, ctx) {
    (0,fields/* checkKeys */.L)(map, pipeline_node/* COMMAND_KEYS */.fO, ctx.problems, `step '${name}'`);
    const node = { name, loc: map.loc, type: 'command', ...(0,pipeline_node/* readPorts */.xH)(map, ctx) };
    (0,pipeline_node/* readCommonFields */.FM)(node, map, ctx.problems);
    (0,pipeline_node/* readCommandFields */.pL)(node, map, ctx.problems);
    const component = await readCommandComponentUse(name, map, node, ctx);
    return component ? { ...node, component } : undefined;
}
async function readCommandComponentUse(name, map, node, ctx) {
    const hasComponent = (0,located/* entryOf */.Ms)(map, 'component') !== undefined;
    const hasCommand = (0,located/* entryOf */.Ms)(map, 'command') !== undefined;
    if (hasComponent && hasCommand) {
        ctx.problems.add(`step '${name}' has both component and command; keep one`, map.loc);
        return undefined;
    }
    if (hasCommand) {
        const component = await (0,inline_command/* inlineCommandComponent */.y)(map, node, ctx);
        // azure-ai-ml puts an inline command's resources in its anonymous spec too (recorded: serverless_job_tier).
        if (component && node.resources)
            component.resources = node.resources;
        return component ? { kind: 'inline', component } : undefined;
    }
    if (!hasComponent) {
        ctx.problems.add(`step '${name}' needs a component (a file, azureml:<name>:<version>, a registry id) or an inline command`, map.loc);
        return undefined;
    }
    return (0,pipeline_node/* readComponentUse */.j)(name, map, ctx, 'command');
}

// EXTERNAL MODULE: ./shared/pipeline/steps/parallel.ts
var parallel = __webpack_require__(6106);
// EXTERNAL MODULE: ./shared/pipeline/steps/pipeline.ts
var pipeline = __webpack_require__(1355);
// EXTERNAL MODULE: ./shared/pipeline/steps/spark.ts
var spark = __webpack_require__(288);
// EXTERNAL MODULE: ./shared/pipeline/steps/fields.ts
var steps_fields = __webpack_require__(5064);
;// CONCATENATED MODULE: ./shared/pipeline/steps/sweep.ts






/** Keys of a sweep step besides the ones every step has (inputs, outputs, compute, display_name, …). */
const SWEEP_STEP_KEYS = [
    'trial',
    'search_space',
    'sampling_algorithm',
    'objective',
    'limits',
    'early_termination',
    'queue_settings',
    'resources',
    'identity',
];
/** Each distribution and the parameters its YAML form takes (azure-ai-ml `_schema/_sweep/search_space`). */
const DISTRIBUTIONS = {
    choice: ['values'],
    randint: ['upper'],
    uniform: ['min_value', 'max_value'],
    loguniform: ['min_value', 'max_value'],
    quniform: ['min_value', 'max_value', 'q'],
    qloguniform: ['min_value', 'max_value', 'q'],
    normal: ['mu', 'sigma'],
    lognormal: ['mu', 'sigma'],
    qnormal: ['mu', 'sigma', 'q'],
    qlognormal: ['mu', 'sigma', 'q'],
};
const SAMPLING_ALGORITHMS = ['random', 'grid', 'bayesian'];
const RANDOM_RULES = ['random', 'sobol'];
const GOALS = ['minimize', 'maximize'];
/** What every early termination policy takes (azure-ai-ml's EarlyTerminationPolicy). */
const POLICY_PARAMS = {
    delay_evaluation: { default: 0, integer: true },
    evaluation_interval: { default: 0, integer: true },
};
/** Early termination policies by YAML type. */
const POLICIES = {
    bandit: {
        policyType: 'Bandit',
        params: {
            ...POLICY_PARAMS,
            slack_amount: { default: 0, integer: false },
            slack_factor: { default: 0, integer: false },
        },
    },
    median_stopping: {
        policyType: 'MedianStopping',
        params: { ...POLICY_PARAMS, evaluation_interval: { default: 1, integer: true } },
    },
    truncation_selection: {
        policyType: 'TruncationSelection',
        params: { ...POLICY_PARAMS, truncation_percentage: { default: 0, integer: true } },
    },
};
const LIMIT_KEYS = ['max_total_trials', 'max_concurrent_trials', 'timeout', 'trial_timeout'];
/** Reads the sweep fields of a step; every problem is recorded at its line. */
function readSweepSettings(map, problems, options = {}) {
    const settings = { loc: map.loc, searchSpace: {}, searchSpaceLocs: {} };
    const trial = (0,located/* entryOf */.Ms)(map, 'trial')?.value;
    if (!trial || (trial.kind === 'scalar' && trial.value === null))
        problems.add('a sweep step needs a trial (a command component file, azureml: reference or mapping)', map.loc);
    else
        settings.trial = trial;
    readSearchSpace(map, settings, problems);
    const sampling = readSamplingAlgorithm(map, problems);
    if (sampling !== undefined)
        settings.samplingAlgorithm = sampling;
    const objective = readObjective(map, problems);
    if (objective)
        settings.objective = objective;
    const limits = readLimits(map, problems);
    if (limits)
        settings.limits = limits;
    const policy = readEarlyTermination(map, problems);
    if (policy)
        settings.earlyTermination = policy;
    // A step's queue_settings and identity are its common fields (NodeBase) when read as a step.
    const queue = options.commonFieldsRead ? undefined : (0,fields/* optionalMap */.xC)(map, 'queue_settings', problems);
    if (queue) {
        (0,fields/* checkKeys */.L)(queue, ['job_tier', 'priority'], problems, 'queue_settings');
        settings.queueSettings = (0,located/* toPlain */.Ul)(queue);
    }
    const resources = (0,steps_fields/* readJobResources */.li)(map, problems, 'a sweep step');
    if (resources)
        settings.resources = resources;
    const identity = options.commonFieldsRead ? undefined : (0,steps_fields/* readIdentity */.xN)(map, problems);
    if (identity)
        settings.identity = identity;
    return settings;
}
function readSearchSpace(map, settings, problems) {
    const space = (0,fields/* optionalMap */.xC)(map, 'search_space', problems);
    if (!space || space.entries.length === 0) {
        problems.add('a sweep step needs a search_space with at least one parameter', space?.loc ?? map.loc);
        return;
    }
    for (const entry of space.entries) {
        const distribution = readDistribution(entry.value, `search_space.${entry.key}`, problems);
        if (!distribution)
            continue;
        settings.searchSpace[entry.key] = distribution;
        settings.searchSpaceLocs[entry.key] = entry.keyLoc;
    }
}
/** One distribution, its parameters checked (choice values may nest further distributions in mappings). */
function readDistribution(node, what, problems) {
    const map = (0,fields/* expectMap */.Ym)(node, what, problems);
    if (!map)
        return undefined;
    const type = (0,fields/* readString */.E3)(map, 'type', problems, { required: true, owner: what });
    if (type === undefined)
        return undefined;
    const params = DISTRIBUTIONS[type];
    if (!params) {
        problems.add(`${what} has unknown distribution type '${type}'; use ${Object.keys(DISTRIBUTIONS).join(', ')}`, (0,located/* entryOf */.Ms)(map, 'type')?.value.loc);
        return undefined;
    }
    (0,fields/* checkKeys */.L)(map, ['type', ...params], problems, `${what} (${type})`);
    const out = { type };
    for (const param of params) {
        const value = (0,located/* entryOf */.Ms)(map, param)?.value;
        if (!value || (value.kind === 'scalar' && value.value === null)) {
            problems.add(`${what} (${type}) needs '${param}'`, map.loc);
            continue;
        }
        if (param === 'values') {
            const values = readChoiceValues(value, what, problems);
            if (values)
                out.values = values;
            continue;
        }
        const number = (0,steps_fields/* numberOrBinding */.IY)(value, param, problems, { integer: param === 'upper', owner: what });
        if (number !== undefined)
            out[param] = number;
    }
    const [low, high] = [out.min_value, out.max_value];
    if (typeof low === 'number' && typeof high === 'number' && low >= high)
        problems.add(`${what}: min_value (${low}) must be below max_value (${high})`, map.loc);
    return out;
}
function readChoiceValues(node, what, problems) {
    if (node.kind !== 'seq' || node.items.length === 0) {
        problems.add(`'values' of ${what} must be a non-empty list, got ${(0,fields/* describeKind */.SB)(node)}`, node.loc);
        return undefined;
    }
    return node.items.map((item) => {
        if (item.kind !== 'map')
            return (0,located/* toPlain */.Ul)(item);
        // A hierarchical search space: each value is a mapping of parameters to values or nested distributions.
        const nested = {};
        for (const e of item.entries) {
            const isDistribution = e.value.kind === 'map' && (0,located/* entryOf */.Ms)(e.value, 'type') !== undefined;
            nested[e.key] = isDistribution
                ? (readDistribution(e.value, `${what}.values.${e.key}`, problems) ?? null)
                : (0,located/* toPlain */.Ul)(e.value);
        }
        return nested;
    });
}
function readSamplingAlgorithm(map, problems) {
    const node = (0,located/* entryOf */.Ms)(map, 'sampling_algorithm')?.value;
    if (!node || (node.kind === 'scalar' && node.value === null))
        return undefined;
    if (node.kind === 'scalar') {
        const value = (0,steps_fields/* readEnum */.ai)(map, 'sampling_algorithm', SAMPLING_ALGORITHMS, problems, 'a sweep step');
        return value?.toLowerCase();
    }
    const algorithm = (0,fields/* expectMap */.Ym)(node, 'sampling_algorithm', problems);
    if (!algorithm)
        return undefined;
    const type = (0,steps_fields/* readEnum */.ai)(algorithm, 'type', SAMPLING_ALGORITHMS, problems, 'sampling_algorithm')?.toLowerCase();
    if (!type) {
        if (!(0,located/* entryOf */.Ms)(algorithm, 'type'))
            problems.add('sampling_algorithm needs a type', algorithm.loc);
        return undefined;
    }
    const out = { type };
    if (type !== 'random') {
        (0,fields/* checkKeys */.L)(algorithm, ['type'], problems, `sampling_algorithm (${type})`);
        return out;
    }
    (0,fields/* checkKeys */.L)(algorithm, ['type', 'seed', 'rule', 'logbase'], problems, 'sampling_algorithm (random)');
    const seed = (0,steps_fields/* readNumberOrBinding */.CB)(algorithm, 'seed', problems, { integer: true, owner: 'sampling_algorithm' });
    if (seed !== undefined)
        out.seed = seed;
    const rule = (0,steps_fields/* readEnum */.ai)(algorithm, 'rule', RANDOM_RULES, problems, 'sampling_algorithm');
    if (rule)
        out.rule = rule.toLowerCase();
    const logbase = (0,located/* entryOf */.Ms)(algorithm, 'logbase')?.value;
    if (logbase?.kind === 'scalar' && logbase.value !== null)
        out.logbase = logbase.value;
    return out;
}
function readObjective(map, problems) {
    const objective = (0,fields/* optionalMap */.xC)(map, 'objective', problems);
    if (!objective) {
        problems.add('a sweep step needs an objective (goal and primary_metric)', map.loc);
        return undefined;
    }
    (0,fields/* checkKeys */.L)(objective, ['goal', 'primary_metric'], problems, 'objective');
    const goal = (0,steps_fields/* readEnum */.ai)(objective, 'goal', GOALS, problems, 'objective');
    const metric = (0,fields/* readString */.E3)(objective, 'primary_metric', problems, { required: true, owner: 'objective' });
    if (!(0,located/* entryOf */.Ms)(objective, 'goal'))
        problems.add('objective needs a goal (minimize or maximize)', objective.loc);
    return goal && metric !== undefined ? { goal: goal.toLowerCase(), primary_metric: metric } : undefined;
}
function readLimits(map, problems) {
    const limits = (0,fields/* optionalMap */.xC)(map, 'limits', problems);
    if (!limits) {
        problems.add('a sweep step needs limits with max_total_trials', map.loc);
        return undefined;
    }
    (0,fields/* checkKeys */.L)(limits, LIMIT_KEYS, problems, 'limits of a sweep step');
    const out = {};
    for (const key of LIMIT_KEYS) {
        const value = (0,steps_fields/* readNumberOrBinding */.CB)(limits, key, problems, { integer: true, min: 1, owner: 'sweep limits' });
        if (value !== undefined)
            out[key] = value;
    }
    if (!(0,located/* entryOf */.Ms)(limits, 'max_total_trials'))
        problems.add('limits of a sweep step need max_total_trials', limits.loc);
    const [total, concurrent] = [out.max_total_trials, out.max_concurrent_trials];
    if (typeof total === 'number' && typeof concurrent === 'number' && concurrent > total)
        problems.add(`max_concurrent_trials (${concurrent}) is above max_total_trials (${total})`, (0,located/* entryOf */.Ms)(limits, 'max_concurrent_trials')?.value.loc);
    return out;
}
function readEarlyTermination(map, problems) {
    const policy = (0,fields/* optionalMap */.xC)(map, 'early_termination', problems);
    if (!policy)
        return undefined;
    const type = (0,steps_fields/* readEnum */.ai)(policy, 'type', Object.keys(POLICIES), problems, 'early_termination')?.toLowerCase();
    if (!type) {
        if (!(0,located/* entryOf */.Ms)(policy, 'type'))
            problems.add(`early_termination needs a type: ${Object.keys(POLICIES).join(', ')}`, policy.loc);
        return undefined;
    }
    const spec = POLICIES[type];
    (0,fields/* checkKeys */.L)(policy, ['type', ...Object.keys(spec.params)], problems, `early_termination (${type})`);
    const out = { policy_type: spec.policyType };
    for (const [param, { default: fallback, integer }] of Object.entries(spec.params)) {
        const value = (0,steps_fields/* readNumberOrBinding */.CB)(policy, param, problems, { integer, min: 0, owner: 'early_termination' });
        out[param] = value ?? fallback;
    }
    if (type === 'truncation_selection' && !(0,located/* entryOf */.Ms)(policy, 'truncation_percentage'))
        problems.add('early_termination (truncation_selection) needs truncation_percentage', policy.loc);
    return out;
}
/**
 * Checks the trial against the search space: every swept parameter must be an input of the trial component,
 * as the service binds `search_space.<name>` to the trial's input of that name.
 */
function checkSweepTrial(settings, trialInputs, problems) {
    for (const [name, loc] of Object.entries(settings.searchSpaceLocs)) {
        if (trialInputs[name])
            continue;
        const declared = Object.keys(trialInputs);
        problems.add(`search_space parameter '${name}' is not an input of the trial component` +
            (declared.length ? ` (its inputs: ${declared.join(', ')})` : ' (it declares no inputs)'), loc);
    }
}
/** The sweep fields of the node dict in `jobs.<name>` (merged over the fields every step has). */
function sweepNodeFields(settings, trialComponentId) {
    const out = { type: 'sweep' };
    if (settings.limits)
        out.limits = settings.limits;
    if (settings.samplingAlgorithm !== undefined)
        out.sampling_algorithm = settings.samplingAlgorithm;
    if (settings.objective)
        out.objective = settings.objective;
    out.search_space = settings.searchSpace;
    if (settings.earlyTermination)
        out.early_termination = settings.earlyTermination;
    if (settings.queueSettings)
        out.queue_settings = settings.queueSettings;
    if (settings.resources)
        out.resources = settings.resources;
    if (settings.identity)
        out.identity = (0,steps_fields/* restIdentity */.$P)(settings.identity);
    out.trial = { componentId: trialComponentId };
    return out;
}
/** `type: sweep`: the trial component's ports are the step's; swept inputs are bound by the service. */
const sweepStep = {
    read: readSweepNode,
    toRest: sweepNodeToRest,
    validate: (node, graph, problems) => {
        (0,step_ports/* checkComponentPorts */.Sl)(node, node.trial, graph, problems, { boundElsewhere: Object.keys(node.sweep.searchSpace) });
        const trial = (0,node_rest/* localComponent */.fq)(node.trial);
        if (trial)
            checkSweepTrial(node.sweep, trial.inputs, problems);
    },
    ...(0,step_ports/* runsComponent */.sq)((node) => node.trial),
};
async function readSweepNode(name, map, ctx) {
    const node = (0,pipeline_node/* readStepBase */.uR)(name, map, ctx, 'sweep', SWEEP_STEP_KEYS);
    const sweep = readSweepSettings(map, ctx.problems, { commonFieldsRead: true });
    if (!sweep.trial)
        return undefined;
    const trial = await (0,pipeline_node/* readComponentUse */.j)(name, map, ctx, 'command', 'trial');
    return trial ? { ...node, trial, sweep } : undefined;
}
/** azure-ai-ml's `Sweep._to_rest_object`: the fields every step has, the sweep fields, `trial: {componentId}`. */
async function sweepNodeToRest(node, ctx) {
    const dict = await (0,node_rest/* nodeHead */.zK)(node, node.trial, ctx);
    return { ...dict, ...sweepNodeFields(node.sweep, await ctx.componentId(node.trial)) };
}

// EXTERNAL MODULE: ./shared/pipeline/ports.ts
var ports = __webpack_require__(249);
;// CONCATENATED MODULE: ./shared/pipeline/validate.ts





/**
 * Checks what only the whole pipeline can tell: every binding names something that exists, inputs fit the
 * component's ports, steps form no cycle, and every step that runs has somewhere to run.
 */
function validatePipeline(job, problems, unreadable = new Set()) {
    validateGraph(jobScope(job), problems, unreadable);
    if (job.component?.kind === 'local')
        checkWrappedComponent(job, job.component.component, problems);
}
/**
 * Literal values a step gives its (local) component, directly or through a pipeline input, against the
 * port's min and max: the service checks them only when the job runs.
 */
function checkLiteralRanges(graph, node, problems) {
    const use = 'component' in node ? node.component : undefined;
    if (use?.kind !== 'local' && use?.kind !== 'inline')
        return;
    for (const [name, input] of Object.entries(node.inputs)) {
        const port = use.component.inputs[name];
        if (!port || (0,ports/* isDataPort */.sG)(port.type))
            continue;
        if (input.kind === 'literal') {
            const wrong = (0,ports/* literalRangeProblem */.W0)(input.value, port);
            if (wrong)
                problems.add(`step '${node.name}': input '${name}' ${wrong}`, input.loc);
        }
        else if (input.kind === 'binding' && input.binding.scope === 'parent.inputs') {
            const upstream = graph.inputs[input.binding.name];
            if (upstream?.kind !== 'literal')
                continue;
            const wrong = (0,ports/* literalRangeProblem */.W0)(upstream.value, port);
            if (wrong)
                problems.add(`pipeline input '${input.binding.name}' feeds input '${name}' of step '${node.name}' and ${wrong}`, upstream.loc);
        }
    }
}
/** A job wrapping a pipeline component: its required inputs given, and somewhere for its steps to run. */
function checkWrappedComponent(job, component, problems) {
    for (const port of Object.values(component.inputs)) {
        if (!port.optional && port.default === undefined && !(port.name in job.inputs))
            problems.add(`the pipeline leaves required input '${port.name}' (${port.type}) of its component unbound`, job.loc);
    }
    if (job.compute || job.settings.defaultCompute)
        return;
    for (const missing of stepsWithoutCompute(component))
        problems.add(`step '${missing.path}' has no compute: set compute on it, or settings.default_compute on the pipeline`, missing.loc);
}
function jobScope(job) {
    return {
        label: 'the pipeline',
        inputs: job.inputs,
        outputs: job.outputs,
        jobs: job.jobs,
        hasDefaultCompute: Boolean(job.compute || job.settings.defaultCompute),
        checkCompute: true,
    };
}
function kindOf(node) {
    return STEP_KINDS[node.type];
}
/** The checks of `validatePipeline` on any graph: a pipeline job or the `jobs:` of a pipeline component. */
function validateGraph(graph, problems, unreadable = new Set()) {
    const dependencies = new Map();
    for (const node of Object.values(graph.jobs)) {
        dependencies.set(node.name, new Set());
        for (const { binding, loc } of nodeBindings(node)) {
            // A binding to a step that was already refused would only repeat that problem.
            if (binding.scope === 'parent.jobs' && unreadable.has(binding.job))
                continue;
            checkBinding(graph, node, binding, loc, problems);
            if (binding.scope === 'parent.jobs')
                dependencies.get(node.name)?.add(binding.job);
        }
        kindOf(node).validate?.(node, graph, problems);
        checkLiteralRanges(graph, node, problems);
        if (graph.checkCompute)
            checkCompute(graph, node, problems);
    }
    const order = (0,bindings/* orderSteps */.Qs)(dependencies);
    if ('cycle' in order) {
        const first = graph.jobs[order.cycle[0]];
        problems.add(`steps depend on each other in a cycle: ${order.cycle.join(' -> ')}`, first?.loc);
    }
}
/** Every binding a step holds, with where it is written. */
function nodeBindings(node) {
    const found = [];
    for (const port of [...Object.values(node.inputs), ...Object.values(node.outputs)]) {
        if (port.kind === 'binding')
            found.push({ binding: port.binding, loc: port.loc });
    }
    found.push(...(kindOf(node).bindings?.(node) ?? []));
    return found;
}
function checkBinding(graph, node, binding, loc, problems) {
    const owner = graph.label === 'the pipeline' ? 'the pipeline' : graph.label;
    if (binding.scope === 'parent.inputs' && !(binding.name in graph.inputs)) {
        problems.add(`step '${node.name}' binds \${{parent.inputs.${binding.name}}} but ${owner} has no input '${binding.name}'${(0,step_ports/* known */.eO)(graph.inputs)}`, loc);
    }
    else if (binding.scope === 'parent.outputs' && !(binding.name in graph.outputs)) {
        problems.add(`step '${node.name}' binds \${{parent.outputs.${binding.name}}} but ${owner} has no output '${binding.name}'${(0,step_ports/* known */.eO)(graph.outputs)}`, loc);
    }
    else if (binding.scope === 'parent.jobs') {
        const upstream = graph.jobs[binding.job];
        if (binding.job === node.name) {
            problems.add(`step '${node.name}' binds to its own ${binding.port}`, loc);
        }
        else if (!upstream) {
            problems.add(`step '${node.name}' binds to step '${binding.job}', which does not exist${(0,step_ports/* known */.eO)(graph.jobs)}`, loc);
        }
        else {
            const ports = kindOf(upstream).ports(upstream, binding.port);
            if (ports && !ports.includes(binding.name)) {
                // The outputs every command job has go unnamed here: the user declared the others.
                const declared = ports.filter((p) => !step_ports/* DEFAULT_OUTPUTS */.Bh.includes(p));
                problems.add(`step '${node.name}' binds to ${binding.port.slice(0, -1)} '${binding.name}' of step '${binding.job}', which has no such ${binding.port.slice(0, -1)} (it has: ${declared.join(', ') || 'none'})`, loc);
            }
        }
    }
}
function checkCompute(graph, node, problems) {
    const kind = kindOf(node);
    if (node.compute || graph.hasDefaultCompute || kind.needsCompute?.(node) === false)
        return;
    problems.add(`step '${node.name}' has no compute: set compute on the step, or settings.default_compute on the pipeline`, node.loc);
}

;// CONCATENATED MODULE: ./shared/pipeline/steps/index.ts
/**
 * The tables of step and component types. A new step type is one file (`steps/<type>.ts`, exporting a
 * `StepKind` and, if it has a component type, a `ComponentKind`) and one entry in each table below.
 */











const STEP_KINDS = {
    command: commandStep,
    automl: automlStep,
    pipeline: pipeline/* pipelineStep */.rB,
    sweep: sweepStep,
    parallel: parallel/* parallelStep */.yC,
    spark: spark/* sparkStep */.SA,
};
const COMPONENT_KINDS = {
    command: {
        read: (map, yaml, ctx) => (0,component/* readComponent */.Co)(map, yaml, ctx.problems),
        spec: async () => {
            throw new Error('internal: command components are registered through resolver.registerComponent');
        },
    },
    pipeline: pipeline/* pipelineComponentKind */.So,
    parallel: parallel/* parallelComponentKind */.dp,
    spark: spark/* sparkComponentKind */.BV,
};
/** Step types azure-ai-ml knows and this suite does not convert yet. */
const UNSUPPORTED_STEPS = {
    import: 'import steps',
    data_transfer: 'data transfer steps',
    flow: 'prompt flow steps',
};
/** Component types azure-ai-ml knows and this suite does not convert yet. */
const UNSUPPORTED_COMPONENTS = {
    import: 'import components',
    data_transfer: 'data transfer components',
    sweep: 'sweep components',
    flow: 'prompt flow components',
};
function isStepType(type) {
    return Object.hasOwn(STEP_KINDS, type);
}
function isComponentType(type) {
    return Object.hasOwn(COMPONENT_KINDS, type);
}
/** Reads one step under `jobs:`, by its `type:` (command when absent). */
async function readNode(name, node, ctx) {
    const map = (0,fields/* expectMap */.Ym)(node, `step '${name}'`, ctx.problems);
    if (!map)
        return undefined;
    const type = (0,fields/* readString */.E3)(map, 'type', ctx.problems) ?? 'command';
    if (!isStepType(type)) {
        const label = UNSUPPORTED_STEPS[type];
        const known = Object.keys(STEP_KINDS).join(', ');
        ctx.problems.add(label
            ? `not supported yet: ${label} (step '${name}')`
            : `step '${name}' has unknown type '${type}'; use one of ${known}`, (0,located/* entryOf */.Ms)(map, 'type')?.value.loc ?? map.loc);
        return undefined;
    }
    return STEP_KINDS[type].read(name, map, ctx);
}
/** Reads a component mapping (a file's root or an inline `component:`), by its `type:` (command when absent). */
async function readAnyComponent(map, yaml, ctx) {
    // A prompt flow (`flow.dag.yaml`, or a run.yml naming a `flow:`) has no `type:`; azure-ai-ml loads it as a
    // flow component, which this suite does not convert.
    const isFlow = !(0,located/* entryOf */.Ms)(map, 'type') && ((0,located/* entryOf */.Ms)(map, 'nodes') !== undefined || (0,located/* entryOf */.Ms)(map, 'flow') !== undefined);
    const type = isFlow ? 'flow' : ((0,fields/* readString */.E3)(map, 'type', ctx.problems) ?? 'command');
    if (!isComponentType(type)) {
        const label = UNSUPPORTED_COMPONENTS[type];
        ctx.problems.add(label
            ? `not supported yet: ${label}; supported: ${Object.keys(COMPONENT_KINDS).join(', ')} components`
            : `unknown component type '${type}'; expected one of ${Object.keys(COMPONENT_KINDS).join(', ')}`, (0,located/* entryOf */.Ms)(map, 'type')?.value.loc ?? map.loc);
        return undefined;
    }
    return COMPONENT_KINDS[type].read(map, yaml, ctx);
}
/**
 * Reads steps and components for one load (a pipeline job, or a component file with everything inside it):
 * each component file is read once however many steps use it, and a file that contains itself is refused.
 */
class GraphReader {
    problems;
    cache = new Map();
    loading = new Set();
    constructor(problems) {
        this.problems = problems;
    }
    validateGraph(graph, unreadable) {
        validateGraph(graph, this.problems, unreadable);
    }
    nodeContext(yaml, inputs, outputs) {
        return {
            yaml,
            problems: this.problems,
            pipelineInputs: inputs,
            pipelineOutputs: outputs,
            loadComponent: (path, at) => this.loadComponent(path, at),
            readComponent: (map, file) => readAnyComponent(map, file, this),
            readNode,
        };
    }
    loadComponent(path, at) {
        if (this.loading.has(path)) {
            this.problems.add(`component file ${path} uses itself (a pipeline component cannot contain itself)`, at.loc);
            return Promise.resolve(undefined);
        }
        let loaded = this.cache.get(path);
        if (!loaded) {
            loaded = this.load(path, at);
            this.cache.set(path, loaded);
        }
        return loaded;
    }
    async load(path, at) {
        this.loading.add(path);
        try {
            const yaml = await (0,located/* loadYamlFile */.Y3)(path);
            const map = (0,fields/* expectMap */.Ym)(yaml.root, 'a component file', this.problems);
            return map ? await readAnyComponent(map, yaml, this) : undefined;
        }
        catch (error) {
            if (!(error instanceof errors/* ValidationError */.yI))
                throw error;
            if (error.problems.some((p) => p.message.includes('file not found'))) {
                this.problems.add(`component file ${path} does not exist`, at.loc);
            }
            else {
                this.problems.merge(error.problems);
            }
            return undefined;
        }
        finally {
            this.loading.delete(path);
        }
    }
}
/** Loads a component file of any type and everything it uses; throws one ValidationError listing every problem. */
async function loadAnyComponentFile(path) {
    const yaml = await (0,located/* loadYamlFile */.Y3)(path);
    const problems = new fields/* Problems */.Zw();
    const map = (0,fields/* expectMap */.Ym)(yaml.root, 'a component file', problems);
    const reader = new GraphReader(problems);
    const component = map ? await readAnyComponent(map, yaml, reader) : undefined;
    problems.throwIfAny(`${path} is not a valid component`);
    return component;
}


/***/ }),

/***/ 1355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ pipelineComponentSpec),
/* harmony export */   Ox: () => (/* binding */ pipelineComponentVersionBody),
/* harmony export */   So: () => (/* binding */ pipelineComponentKind),
/* harmony export */   rB: () => (/* binding */ pipelineStep)
/* harmony export */ });
/* unused harmony export stepsWithoutCompute */
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(463);
/* harmony import */ var _node_rest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8940);
/* harmony import */ var _pipeline_node_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6712);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(249);
/* harmony import */ var _step_ports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3598);
/* harmony import */ var _component_rest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2597);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2648);







/** `type: pipeline`: a step running a pipeline component (local, registered or from a registry). */
const pipelineStep = {
    read: readPipelineNode,
    toRest: pipelineNodeToRest,
    validate: (node, graph, problems) => {
        // azure-ai-ml sends inputs a pipeline component does not declare, and the service ignores them
        // (azureml-examples' nyc_taxi pipeline passes test_split_ratio to a sub-pipeline without it).
        (0,_step_ports_js__WEBPACK_IMPORTED_MODULE_4__/* .checkComponentPorts */ .Sl)(node, node.component, graph, problems, { unknownInputs: 'send' });
        // Steps inside inherit the compute of the job; with none anywhere, name the inner step that lacks one.
        const component = (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .localComponent */ .fq)(node.component);
        if (component && graph.checkCompute && !graph.hasDefaultCompute && !node.compute)
            for (const missing of stepsWithoutCompute(component))
                problems.add(`step '${node.name}/${missing.path}' has no compute: set compute on it, or settings.default_compute on the pipeline`, missing.loc);
    },
    // A pipeline step runs nothing itself: its steps do, on their compute or the job's default.
    needsCompute: () => false,
    ...(0,_step_ports_js__WEBPACK_IMPORTED_MODULE_4__/* .runsComponent */ .sq)((node) => node.component),
};
async function readPipelineNode(name, map, ctx) {
    const node = (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_2__/* .readStepBase */ .uR)(name, map, ctx, 'pipeline', ['component', 'settings']);
    const component = await (0,_pipeline_node_js__WEBPACK_IMPORTED_MODULE_2__/* .readComponentUse */ .j)(name, map, ctx, 'pipeline');
    return component ? { ...node, component } : undefined;
}
/**
 * azure-ai-ml's `Pipeline._to_rest_object`: the node fields of every step with the component's id, empty maps
 * left out; `_source` is the component's (a pipeline component read from a file is `YAML.COMPONENT`).
 */
async function pipelineNodeToRest(node, ctx) {
    return (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeHead */ .zK)(node, node.component, ctx, await ctx.componentId(node.component));
}
/** The steps inside a pipeline component (any depth) that name no compute, with their path. */
function stepsWithoutCompute(component, prefix = '') {
    const found = [];
    for (const step of Object.values(component.jobs)) {
        if (step.compute)
            continue;
        // Serverless Spark runs on its own resources.
        if (step.type === 'spark' && step.spark.resources)
            continue;
        if (step.type === 'pipeline') {
            const inner = (0,_node_rest_js__WEBPACK_IMPORTED_MODULE_1__/* .localComponent */ .fq)(step.component);
            if (inner)
                found.push(...stepsWithoutCompute(inner, `${prefix}${step.name}/`));
        }
        else {
            found.push({ path: `${prefix}${step.name}`, loc: step.loc });
        }
    }
    return found;
}
const PIPELINE_COMPONENT_KEYS = [..._header_js__WEBPACK_IMPORTED_MODULE_6__/* .COMPONENT_HEADER_KEYS */ .NW, 'jobs'];
/** A pipeline component YAML: its ports, and its steps read as a pipeline job's are, against its own ports. */
const pipelineComponentKind = {
    async read(map, yaml, ctx) {
        const { problems } = ctx;
        (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .checkKeys */ .L)(map, PIPELINE_COMPONENT_KEYS, problems, 'a pipeline component');
        const component = {
            type: 'pipeline',
            file: yaml.file,
            loc: map.loc,
            inputs: (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputPorts */ .Nu)((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalMap */ .xC)(map, 'inputs', problems), problems),
            outputs: (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .readOutputPorts */ .g5)((0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalMap */ .xC)(map, 'outputs', problems), problems),
            ...(0,_header_js__WEBPACK_IMPORTED_MODULE_6__/* .readHeaderFields */ .P9)(map, problems),
            jobs: {},
        };
        const jobs = (0,_yaml_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalMap */ .xC)(map, 'jobs', problems);
        if (!jobs || jobs.entries.length === 0)
            problems.add('a pipeline component needs at least one step under jobs', map.loc);
        const inputs = portsAsPipelineInputs(component.inputs);
        const outputs = portsAsPipelineOutputs(component.outputs);
        const nodeCtx = ctx.nodeContext(yaml, inputs, outputs);
        const unreadable = new Set();
        for (const entry of jobs?.entries ?? []) {
            if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(entry.key))
                problems.add(`step name '${entry.key}' must use letters, digits and '_' only`, entry.keyLoc);
            const node = await nodeCtx.readNode(entry.key, entry.value, nodeCtx);
            if (node)
                component.jobs[entry.key] = node;
            else
                unreadable.add(entry.key);
        }
        const label = `pipeline component '${component.name ?? yaml.file}'`;
        // Compute is the using job's business: a component does not know where it will run.
        ctx.validateGraph({ label, inputs, outputs, jobs: component.jobs, hasDefaultCompute: true, checkCompute: false }, unreadable);
        return component;
    },
    spec: async (component, ctx) => pipelineComponentSpec(component, ctx.source, ctx.rest),
    uses: (component) => Object.values(component.jobs).flatMap((step) => stepComponent(step)),
};
function stepComponent(step) {
    if (step.type === 'sweep')
        return [step.trial];
    return 'component' in step && step.component ? [step.component] : [];
}
/** A pipeline component's inputs, seen from its steps as pipeline inputs are (for binding and type checks). */
function portsAsPipelineInputs(ports) {
    const out = {};
    for (const port of Object.values(ports)) {
        const type = port.type;
        out[port.name] = (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .isDataPort */ .sG)(type)
            ? {
                kind: 'data',
                name: port.name,
                type: (0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .isDataType */ .ZM)(type) ? type : 'uri_folder',
                optional: port.optional,
                loc: port.loc,
            }
            : {
                kind: 'literal',
                name: port.name,
                value: port.default ?? null,
                source: port.defaultSource ?? '',
                ...((0,_ports_js__WEBPACK_IMPORTED_MODULE_3__/* .isLiteralType */ .aw)(type) ? { type } : {}),
                loc: port.loc,
            };
    }
    return out;
}
function portsAsPipelineOutputs(ports) {
    return Object.fromEntries(Object.values(ports).map((p) => [p.name, { name: p.name, type: p.type, loc: p.loc }]));
}
/**
 * azure-ai-ml's `PipelineComponent._to_rest_object`: the component dumped as YAML fields, `_source`, and its
 * steps converted as a pipeline job's are (their components registered first), `sourceJobId` left null.
 */
async function pipelineComponentSpec(component, source, rest) {
    // Empty port maps are left out, as for command components (recorded: pipeline_component_inline_node).
    const spec = (0,_component_rest_js__WEBPACK_IMPORTED_MODULE_5__/* .headerAndPortsSpec */ .sZ)(component);
    spec._source = source;
    const jobs = {};
    for (const step of Object.values(component.jobs))
        jobs[step.name] = await rest.nodeToRest(step);
    spec.jobs = jobs;
    spec.sourceJobId = null;
    return spec;
}
/**
 * The ComponentVersion body of a pipeline component, named (`az ml component create`) or anonymous (inside a
 * job or another pipeline component): its description and tags, no `client_component_hash` and no
 * `is_deterministic` in its spec, unlike command components (recorded: pipeline_component_nested, _job_top_level).
 */
function pipelineComponentVersionBody(component, spec, options = {}) {
    const body = {
        properties: {
            componentSpec: spec,
            isAnonymous: options.isAnonymous ?? false,
            isArchived: false,
            tags: { ...component.tags },
            properties: {},
        },
    };
    if (component.description !== undefined)
        body.properties.description = component.description;
    return body;
}


/***/ })

};
