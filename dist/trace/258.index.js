export const id = 258;
export const ids = [258];
export const modules = {

/***/ 87258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registersModel: () => (/* binding */ registersModel),
/* harmony export */   scopePipelineJob: () => (/* binding */ scopePipelineJob)
/* harmony export */ });
/* harmony import */ var _github_branch_scope_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25031);
/**
 * Applies branch scoping (shared/github/branch-scope.ts) to a pipeline job before either backend sees it: the
 * models its register steps register and the data assets its outputs register (`name:`) get the branch
 * suffix, and references to those names inside the same pipeline follow. Pure: returns a new job.
 */

/** `azureml://registries/<any>/components/register_model/...`: the registry's model-registering step. */
const REGISTER_MODEL = /^azureml:\/\/registries\/[^/]+\/components\/register_model\//;
/**
 * A step that registers a model: the registry's register_model, or any component that follows its port
 * convention (a string input `model_name` beside a `model_path` input), as the example's stand-in does.
 */
function registersModel(component) {
    if (component.kind === 'remote')
        return component.ref.kind === 'id' && REGISTER_MODEL.test(component.ref.id);
    if (component.component.type !== 'command')
        return false;
    const { inputs } = component.component;
    return inputs.model_name?.type === 'string' && inputs.model_path !== undefined;
}
/** The job with its registered names scoped; with no scope, the job itself and the model names it registers. */
function scopePipelineJob(job, scope) {
    const renames = new _github_branch_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .RenameLog */ .dr();
    const modelNames = new Set();
    const inputs = { ...job.inputs };
    const jobs = {};
    for (const [key, node] of Object.entries(job.jobs)) {
        jobs[key] = scopeNode(node, scope, renames, inputs, modelNames);
    }
    const outputs = Object.fromEntries(Object.entries(job.outputs).map(([k, o]) => [
        k,
        o.assetName ? { ...o, assetName: renames.rename(scope, 'data', o.assetName) } : o,
    ]));
    // References follow the rename: an input reading `azureml:<registered name>@latest` reads the scoped one.
    for (const [k, input] of Object.entries(inputs)) {
        if (input.kind === 'data')
            inputs[k] = followDataInput(input, renames);
    }
    for (const node of Object.values(jobs)) {
        for (const [k, input] of Object.entries(node.inputs)) {
            if (input.kind === 'data')
                node.inputs[k] = followDataInput(input, renames);
        }
    }
    return { job: { ...job, inputs, outputs, jobs }, renames, modelNames: [...modelNames] };
}
function scopeNode(node, scope, renames, pipelineInputs, modelNames) {
    const inputs = { ...node.inputs };
    const outputs = {};
    for (const [k, out] of Object.entries(node.outputs)) {
        outputs[k] =
            out.kind === 'settings' && out.assetName
                ? { ...out, assetName: renames.rename(scope, 'data', out.assetName) }
                : out;
    }
    const component = 'component' in node ? node.component : undefined;
    const modelName = inputs.model_name;
    if (component && registersModel(component) && modelName) {
        if (modelName.kind === 'literal' && typeof modelName.value === 'string') {
            const to = renames.rename(scope, 'model', modelName.value);
            inputs.model_name = { ...modelName, value: to, source: to };
            modelNames.add(to);
        }
        else if (modelName.kind === 'binding' && modelName.binding.scope === 'parent.inputs') {
            // The name comes from a pipeline input: scope it there, where every step reading it sees the same name.
            const input = pipelineInputs[modelName.binding.name];
            if (input?.kind === 'literal' && typeof input.value === 'string') {
                const to = renames.rename(scope, 'model', input.value);
                pipelineInputs[modelName.binding.name] = { ...input, value: to, source: to };
                modelNames.add(to);
            }
        }
    }
    return { ...node, inputs, outputs };
}
function followDataInput(input, renames) {
    if (input.kind !== 'data' || input.path?.kind !== 'asset')
        return input;
    const ref = followRef(input.path.ref, renames);
    if (ref === input.path.ref || ref.kind === 'id')
        return input;
    const text = ref.kind === 'version' ? `azureml:${ref.name}:${ref.version}` : `azureml:${ref.name}@${ref.label}`;
    const path = { kind: 'asset', ref, text };
    return { ...input, path, pathText: text };
}
function followRef(ref, renames) {
    if (ref.kind === 'id')
        return ref;
    const to = renames.renamed('data', ref.name) ?? renames.renamed('model', ref.name);
    return to ? { ...ref, name: to } : ref;
}


/***/ })

};
