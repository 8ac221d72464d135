export const id = 66;
export const ids = [66];
export const modules = {

/***/ 66:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzureBackend: () => (/* binding */ AzureBackend)
/* harmony export */ });
/* harmony import */ var _azure_create_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2410);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);
/* harmony import */ var _github_branch_scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5031);
/* harmony import */ var _jobs_outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1063);
/* harmony import */ var _jobs_naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7467);





/** The domains, one lazy import each (see the header): a method awaits the one it needs. */
const compute = () => __webpack_require__.e(/* import() */ 823).then(__webpack_require__.bind(__webpack_require__, 3823));
const submission = () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(597), __webpack_require__.e(382), __webpack_require__.e(381), __webpack_require__.e(957), __webpack_require__.e(527), __webpack_require__.e(629)]).then(__webpack_require__.bind(__webpack_require__, 629));
const jobs = () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(597), __webpack_require__.e(527), __webpack_require__.e(247)]).then(__webpack_require__.bind(__webpack_require__, 5527));
class AzureBackend {
    sessionOptions;
    label = 'Azure ML';
    session;
    constructor(sessionOptions) {
        this.sessionOptions = sessionOptions;
    }
    /** The signed-in session, created once on first use. */
    signIn() {
        this.session ??= (0,_azure_create_session_js__WEBPACK_IMPORTED_MODULE_0__/* .createSession */ .jw)(this.sessionOptions);
        return this.session;
    }
    async ensureCompute(request) {
        const name = request.name ?? request.spec?.name;
        if (!name)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("Give the compute 'name', or a 'file' whose YAML has a name.");
        const { ensureCompute } = await compute();
        const result = await ensureCompute(await this.signIn(), { ...request, name });
        const did = [result.created && 'created', result.started && 'started'].filter(Boolean).map((d) => ` (${d})`);
        return { ...result, line: `${result.name}: ${result.state}${did.join('')}`, summary: computeSummary(result) };
    }
    async stopCompute(name, waitTimeoutMs) {
        const { stopComputeInstance } = await compute();
        return stopComputeInstance(await this.signIn(), name, waitTimeoutMs);
    }
    async registerAssets(...[files, options]) {
        const { registerAssets } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(597), __webpack_require__.e(382), __webpack_require__.e(381), __webpack_require__.e(957), __webpack_require__.e(141)]).then(__webpack_require__.bind(__webpack_require__, 4141));
        return registerAssets(await this.signIn(), files, options);
    }
    async planPipeline(...[pipeline, options]) {
        const { submitPipeline } = await submission();
        const { prepared } = await submitPipeline(await this.signIn(), pipeline, { ...options, dryRun: true });
        const experiment = prepared.body.properties.experimentName;
        return {
            name: prepared.name,
            body: prepared.body,
            message: `Job \`${prepared.name}\` would be submitted to experiment \`${experiment}\`; nothing was sent.`,
        };
    }
    async submitPipeline(...[pipeline, options]) {
        const [{ submitPipeline }, { scopePipelineJob }] = await Promise.all([
            submission(),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7258)),
        ]);
        const { submitted } = await submitPipeline(await this.signIn(), pipeline, { ...options, dryRun: false });
        // The models its register steps register, to tag with where they came from once the job has passed.
        const models = {
            names: scopePipelineJob(pipeline, undefined).modelNames,
            tags: (0,_github_branch_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .branchScopeTags */ .QG)(options.run, undefined),
        };
        return this.running(submitted, models);
    }
    async attachJob(name) {
        const { attachJob } = await jobs();
        return this.running(await attachJob(await this.signIn(), name));
    }
    async cancelJob(name) {
        const { cancelJobIfRunning } = await jobs();
        return cancelJobIfRunning(await this.signIn(), name);
    }
    async downloadModel(...[request, destination, options]) {
        const [{ downloadModel }, { formatBytes }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(269), __webpack_require__.e(800)]).then(__webpack_require__.bind(__webpack_require__, 5045)),
            __webpack_require__.e(/* import() */ 306).then(__webpack_require__.bind(__webpack_require__, 5306)),
        ]);
        const result = await downloadModel(await this.signIn(), { request, destination, ...options });
        const { files, bytes } = result.download;
        const verified = files.filter((f) => f.md5Verified).length;
        return {
            lineage: result.lineage,
            lineageFile: result.lineageFile,
            files: files.map((f) => f.path),
            filesDetail: `${files.length} (${formatBytes(bytes)}), ${verified} checked against Content-MD5`,
        };
    }
    async promoteModel(...[request, where]) {
        const [{ promoteModel }, { azureModelTagStore }] = await Promise.all([
            __webpack_require__.e(/* import() */ 522).then(__webpack_require__.bind(__webpack_require__, 9141)),
            __webpack_require__.e(/* import() */ 995).then(__webpack_require__.bind(__webpack_require__, 995)),
        ]);
        const session = await this.signIn();
        return promoteModel(azureModelTagStore(session, where), request, session.log);
    }
    async copyModel(...[request]) {
        const { copyModel } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(991), __webpack_require__.e(597), __webpack_require__.e(381), __webpack_require__.e(269), __webpack_require__.e(402)]).then(__webpack_require__.bind(__webpack_require__, 4402));
        return copyModel(await this.signIn(), request);
    }
    async getModelVersion(name, version) {
        const { findModelVersion } = await __webpack_require__.e(/* import() */ 391).then(__webpack_require__.bind(__webpack_require__, 4391));
        return findModelVersion(await this.signIn(), name, version);
    }
    async deployOnlineEndpoint({ run, ...request }) {
        const { deployOnline } = await Promise.all(/* import() */[__webpack_require__.e(744), __webpack_require__.e(459)]).then(__webpack_require__.bind(__webpack_require__, 6459));
        const session = await this.signIn();
        const result = await deployOnline(session, { ...request, ...(await deploymentContext(session, run)) });
        return { kind: 'deployed', result };
    }
    async deployBatchEndpoint({ run, jobTimeoutMs, signals, onJob, onJobStatus, ...request }) {
        const { deployBatch } = await Promise.all(/* import() */[__webpack_require__.e(744), __webpack_require__.e(703)]).then(__webpack_require__.bind(__webpack_require__, 2703));
        const session = await this.signIn();
        return deployBatch(session, {
            ...request,
            ...(await deploymentContext(session, run)),
            // The invocation's job is followed as submit-pipeline follows one (logs, cancel on SIGINT/SIGTERM).
            followJob: async (name) => {
                onJob?.(name);
                const outcome = await (await this.attachJob(name)).follow({ timeoutMs: jobTimeoutMs, signals });
                onJobStatus?.(outcome.status);
                (0,_jobs_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .assertJobPassed */ .Kl)(outcome);
                return outcome;
            },
        });
    }
    async getEndpointDeployment(name) {
        const [{ EndpointsApi }, { readEndpointDeployment }] = await Promise.all([
            __webpack_require__.e(/* import() */ 822).then(__webpack_require__.bind(__webpack_require__, 5822)),
            __webpack_require__.e(/* import() */ 700).then(__webpack_require__.bind(__webpack_require__, 1700)),
        ]);
        return readEndpointDeployment(new EndpointsApi((await this.signIn()).ml, 'online'), name, this.label);
    }
    async getJobLineage(name) {
        const [{ findJob }, { jobLineage }] = await Promise.all([
            __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 2421)),
            __webpack_require__.e(/* import() */ 676).then(__webpack_require__.bind(__webpack_require__, 9676)),
        ]);
        const job = await findJob(await this.signIn(), name);
        return job && jobLineage(job);
    }
    /** A job in the workspace runs on its own: following only watches it (and cancels it on a signal). */
    running(job, models) {
        return {
            job,
            detached: true,
            follow: async (options) => {
                const { followWithCancel } = await submission();
                const session = await this.signIn();
                const result = await followWithCancel(session, job, options);
                const notes = result.passed && models ? await tagRegisteredModels(session, job.name, models) : [];
                return { ...result, notes };
            },
        };
    }
}
/** Tagging is traceability, not training: a failure to tag is a warning, and the run's result stands. */
async function tagRegisteredModels(session, job, models) {
    try {
        const { tagModelsRegisteredBy } = await __webpack_require__.e(/* import() */ 930).then(__webpack_require__.bind(__webpack_require__, 8930));
        const tagged = await tagModelsRegisteredBy(session, job, models.names, models.tags);
        return tagged.length
            ? [
                `Registered model(s) tagged with branch, pull request and commit: ${tagged.map((t) => `\`${t.name}:${t.version}\``).join(', ')}.`,
            ]
            : [];
    }
    catch (error) {
        session.log.warning(`The models job ${job} registered could not be tagged: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        return [];
    }
}
function computeSummary(result) {
    const did = [
        result.created && 'created',
        result.updated.length && `updated (${result.updated.join(', ')})`,
        result.started && 'started',
    ]
        .filter(Boolean)
        .join(', ');
    const rows = [
        ['Compute', result.name],
        ['Type', result.computeType],
        ['State', result.state],
        ['This run', did || 'nothing to change'],
    ];
    if (result.nodes) {
        const { current, min, max } = result.nodes;
        rows.push(['Nodes (current / min / max)', `${current ?? 0} / ${min ?? 0} / ${max ?? '?'}`]);
    }
    return { title: 'Azure ML compute', rows };
}
/** What both endpoint kinds need besides the files: lineage tags from the run, and the code upload. */
async function deploymentContext(session, run) {
    const { anonymousRegistrar } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(597), __webpack_require__.e(382), __webpack_require__.e(381), __webpack_require__.e(957), __webpack_require__.e(195)]).then(__webpack_require__.bind(__webpack_require__, 5195));
    const registrar = anonymousRegistrar(session, { tags: (0,_jobs_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .traceTags */ .TS)(run) });
    return {
        lineage: { commit: run.sha, runUrl: (0,_jobs_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .runUrl */ .Vp)(run) },
        uploadCode: (folder) => registrar.dependencies.codeId(folder),
    };
}


/***/ })

};
