export const id = 31;
export const ids = [31];
export const modules = {

/***/ 2031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalBackend: () => (/* binding */ LocalBackend)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./shared/jobs/identity.ts
var jobs_identity = __webpack_require__(8449);
// EXTERNAL MODULE: ./shared/local/model-lineage.ts
var model_lineage = __webpack_require__(8019);
// EXTERNAL MODULE: ./shared/local/index.ts + 27 modules
var local = __webpack_require__(8454);
// EXTERNAL MODULE: ./shared/models/promote.ts
var promote = __webpack_require__(9141);
;// CONCATENATED MODULE: ./shared/models/promote-local.ts
/** The local workspace's model versions as promote.ts reads and writes them (`shared/local/models.ts`). */

function localModelTagStore(ws) {
    return {
        where: `local workspace ${ws.root}`,
        async resolve(name, selector) {
            const model = await (0,local.resolveLocalModel)(ws, name, selector);
            return { version: model.version, id: model.path, tags: model.tags };
        },
        async holders(name, tag) {
            return (await (0,local.listLocalModels)(ws, name)).filter((m) => m.tags[tag.key] === tag.value).map((m) => m.version);
        },
        updateTags: (name, version, edit) => (0,local.editLocalModelTags)(ws, name, version, edit),
    };
}

// EXTERNAL MODULE: ./shared/storage/download.ts + 1 modules
var storage_download = __webpack_require__(5306);
// EXTERNAL MODULE: ./shared/submission/run.ts + 5 modules
var run = __webpack_require__(629);
// EXTERNAL MODULE: ./shared/backend/local-limits.ts
var local_limits = __webpack_require__(947);
;// CONCATENATED MODULE: ./shared/backend/local.ts
/**
 * This runner behind the `Backend` seam: the same YAML run here, with assets, models, job records and the step
 * cache kept in a local workspace folder (`shared/local/`). The compute is the runner itself, and a job runs
 * while it is followed, so nothing outlives the step.
 */










class LocalBackend {
    workspace;
    log;
    label = 'local';
    constructor(workspace, log) {
        this.workspace = workspace;
        this.log = log;
    }
    /** The runner is the compute: checks it has the programs the command components call. */
    async ensureCompute(request) {
        const components = request.components.filter((c) => c.type === 'command');
        const result = await (0,local.ensureLocalCompute)({ components, log: this.log });
        const programs = Object.entries(result.programs).map(([p, at]) => `${p} (${at})`);
        const rows = [
            ['Runner', result.name],
            ['CPUs used in parallel', String(result.maxParallel)],
            ['Shell', result.shell],
            ['Programs the components need', programs.join(', ') || '-'],
        ];
        return { ...result, line: `${result.name} (the runner)`, summary: { title: 'Local compute', rows } };
    }
    /** Never called for a compute this backend started (it starts none); says so if it is. */
    async stopCompute(name) {
        this.log.info(`'${name}' is this runner: nothing to stop.`);
        return { stopped: false, state: 'Running' };
    }
    async registerAssets(...[files, options]) {
        return (0,local.registerLocalAssetFiles)(this.workspace, files, { ...options, log: this.log });
    }
    async planPipeline(...[pipeline]) {
        return { message: `Pipeline ${pipeline.file} is valid (dry run: nothing was run).` };
    }
    /** The job runs when it is followed, in this process; its name is decided now, as Azure's is on submit. */
    async submitPipeline(...[pipeline, options]) {
        const identity = await (0,jobs_identity/* jobIdentity */.Kv)(options.name, pipeline, options.run, this.log);
        const { name } = identity;
        const folder = this.workspace.jobFolder(name);
        return {
            job: { name, id: folder, studioUrl: '', status: 'NotStarted', attached: false },
            detached: false,
            follow: async ({ signals }) => {
                const result = await (0,run/* runPipelineLocally */.cD)(this.workspace, pipeline, {
                    ...options,
                    identity,
                    signals,
                    log: this.log,
                });
                const cache = `Step cache: ${result.cache.hits.length} hit(s), ${result.cache.misses.length} miss(es).`;
                return { ...result, notes: [cache] };
            },
        };
    }
    async attachJob() {
        throw new errors/* UserError */.yo("Input 'attach' follows Azure jobs; with backend 'local' give 'file'.");
    }
    /** A local job runs inside the step that follows it, so none is left running when the step has ended. */
    async cancelJob(name) {
        this.log.info(`Local job '${name}' ran inside the step that followed it: nothing is left to cancel.`);
        return { name, cancelRequested: false };
    }
    async downloadModel(...[request, destination]) {
        const download = await (0,local.downloadLocalModel)(this.workspace, { ...request, destination, log: this.log });
        const { lineage, file } = await (0,local.writeLocalModelLineage)(this.workspace, download);
        this.log.info(`Model ${lineage.name}:${lineage.version} (job ${lineage.job?.name ?? '-'}) -> ${destination}`);
        return {
            lineage,
            lineageFile: file,
            files: download.files.map((f) => (0,external_node_path_.join)(destination, f)),
            filesDetail: `${download.files.length} (${(0,storage_download/* formatBytes */.z3)(download.bytes)})`,
        };
    }
    async promoteModel(...[request, where]) {
        if (where)
            throw copyNeedsAzure();
        return (0,promote/* promoteModel */.IH)(localModelTagStore(this.workspace), request, this.log);
    }
    /** A registry or another workspace is an Azure place: the local workspace has nowhere to copy to. */
    async copyModel() {
        throw copyNeedsAzure();
    }
    async getModelVersion(name, version) {
        const stored = await this.workspace.readAsset('models', name, version);
        if (!stored)
            return undefined;
        const modelUri = (0,external_node_path_.join)(this.workspace.assetFolder('models', name, version), 'files');
        const { jobName, tags, type } = stored;
        const created = { createdAt: new Date(stored.createdAt) };
        return { name, version, id: `local:${name}:${version}`, modelUri, modelType: type, jobName, tags, ...created };
    }
    /** No endpoint here: the deployment's scoring script answers the smoke test on this runner. */
    async deployOnlineEndpoint(request) {
        const { smokeTestLocally } = await __webpack_require__.e(/* import() */ 652).then(__webpack_require__.bind(__webpack_require__, 5652));
        return smokeTestLocally(request, (model, folder) => this.downloadModel(model, folder), this.log);
    }
    async deployBatchEndpoint() {
        throw new errors/* UserError */.yo(local_limits/* LOCAL_LIMITS */.p['batch-endpoint']);
    }
    /** Online endpoints are Azure ML's: the local workspace has none. */
    async getEndpointDeployment() {
        throw new errors/* UserError */.yo("Input 'endpoint': online endpoints are read from an Azure ML workspace; set 'backend: azure'.");
    }
    async getJobLineage(name) {
        return (0,model_lineage/* readLocalJobLineage */.e)(this.workspace, name);
    }
}
function copyNeedsAzure() {
    return new errors/* UserError */.yo("Input 'copy-to' copies to an Azure ML registry or workspace; with backend 'local' leave it empty (the local workspace has one place).");
}


/***/ })

};
