export const id = 522;
export const ids = [522];
export const modules = {

/***/ 9141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PartialPromotionError: () => (/* binding */ PartialPromotionError),
/* harmony export */   checkPromoteRequest: () => (/* binding */ checkPromoteRequest),
/* harmony export */   parseStageTag: () => (/* binding */ parseStageTag),
/* harmony export */   promoteModel: () => (/* binding */ promoteModel)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/**
 * promote-model's tag moves, for any store of model versions (an Azure ML workspace, the local workspace): a
 * stage tag (`stage=production`) put on one version and taken off every other version of that model, plus tags
 * added to or removed from the chosen version. Nothing else of a version changes.
 *
 * Model versions carry no ETag in api-version 2025-12-01 (`ModelVersionResource` is a ProxyResource without
 * `etag`, and the PUT takes no If-Match), so a concurrent writer cannot be refused by the service. What this
 * module does instead: every write re-reads the version just before it and applies only its own change to the
 * tags it just read (a tag another writer set meanwhile survives), and every write is checked in its answer.
 * The stage moves version by version; when a write fails part-way the error says which versions were changed
 * and which were not, and the result of what was done is still reported.
 */

/** Thrown when a write failed after others succeeded: the message and `partial` say what was changed. */
class PartialPromotionError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    partial;
    name = 'PartialPromotionError';
    constructor(message, partial) {
        super(message);
        this.partial = partial;
    }
}
/** Parses `KEY=VALUE` for the `stage` input; `none` (or empty) means no stage moves. */
function parseStageTag(value, input = 'stage') {
    const v = value.trim();
    if (v === '' || v === 'none')
        return undefined;
    const eq = v.indexOf('=');
    const key = eq < 0 ? '' : v.slice(0, eq).trim();
    const tagValue = eq < 0 ? '' : v.slice(eq + 1).trim();
    if (!key || !tagValue || /[\r\n]/.test(v))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${input}': '${value}' is not KEY=VALUE; write e.g. stage=production, or none.`);
    return { key, value: tagValue };
}
async function promoteModel(store, request, log) {
    checkPromoteRequest(request);
    const chosen = await store.resolve(request.name, request.selector);
    const { name } = request;
    const stage = request.stage;
    const holders = stage ? await store.holders(name, stage) : [];
    const others = holders.filter((v) => v !== chosen.version);
    const result = {
        name,
        version: chosen.version,
        id: chosen.id,
        previous: others,
        changes: [],
        tags: chosen.tags,
    };
    const set = { ...request.addTags, ...(stage ? { [stage.key]: stage.value } : {}) };
    // The chosen version first: a failure leaves two holders (visible, fixed by running again), never none.
    const plan = [
        { version: chosen.version, set, removed: request.removeTags },
        ...others.map((version) => ({ version, set: {}, removed: [stage.key] })),
    ];
    for (const [i, step] of plan.entries()) {
        try {
            const change = await applyChange(store, name, step);
            if (step.version === chosen.version)
                result.tags = change.tags;
            if (change.written)
                result.changes.push({ version: step.version, set: step.set, removed: step.removed });
            log.info(describeChange(name, step, change.written));
        }
        catch (error) {
            const notDone = plan.slice(i).map((s) => s.version);
            throw new PartialPromotionError(`Writing the tags of ${name}:${step.version} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)} ` +
                `Changed before the failure: ${result.changes.map((c) => c.version).join(', ') || 'nothing'}; ` +
                `not changed: ${notDone.join(', ')}. Run the promotion again to finish it.`, result);
        }
    }
    return result;
}
/** The request's own contradictions (named by input), before anything is read or written. */
function checkPromoteRequest(request) {
    const stage = request.stage;
    if (stage && request.removeTags.includes(stage.key))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'remove-tags' removes '${stage.key}', the key 'stage' moves; give one or the other.`);
    const both = request.removeTags.filter((k) => k in request.addTags);
    if (both.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'remove-tags' removes ${both.join(', ')}, which 'add-tags' sets.`);
    if (!stage && !Object.keys(request.addTags).length && !request.removeTags.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Nothing to do: 'stage' is none and none of 'add-tags', 'remove-tags' or 'copy-to' is given.");
}
/** One version's read-modify-write, skipped when it already is as asked; the answer is checked. */
async function applyChange(store, name, step) {
    let written = false;
    const tags = await store.updateTags(name, step.version, (current) => {
        const next = { ...current, ...step.set };
        for (const key of step.removed)
            delete next[key];
        written = !sameTags(current, next);
        return written ? next : undefined;
    });
    const wrong = Object.entries(step.set).some(([k, v]) => tags[k] !== v) || step.removed.some((k) => k in tags);
    if (wrong)
        throw new Error(`the service answered with tags ${JSON.stringify(tags)}, not the ones written`);
    return { written, tags };
}
function sameTags(a, b) {
    const keys = Object.keys({ ...a, ...b });
    return keys.every((k) => k in a && k in b && a[k] === b[k]);
}
function describeChange(name, step, written) {
    const parts = [...Object.entries(step.set).map(([k, v]) => `${k}=${v}`), ...step.removed.map((k) => `-${k}`)];
    return `${name}:${step.version}: ${parts.join(', ')}${written ? '' : ' (already so; not written)'}`;
}


/***/ })

};
