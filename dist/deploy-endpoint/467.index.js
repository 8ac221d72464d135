export const id = 467;
export const ids = [467];
export const modules = {

/***/ 7467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GIT_PROPERTIES: () => (/* binding */ GIT_PROPERTIES),
/* harmony export */   JOB_NAME_PATTERN: () => (/* binding */ JOB_NAME_PATTERN),
/* harmony export */   deterministicJobName: () => (/* binding */ deterministicJobName),
/* harmony export */   experimentNameFor: () => (/* binding */ experimentNameFor),
/* harmony export */   resolveJobName: () => (/* binding */ resolveJobName),
/* harmony export */   runUrl: () => (/* binding */ runUrl),
/* harmony export */   sanitizeName: () => (/* binding */ sanitizeName),
/* harmony export */   traceProperties: () => (/* binding */ traceProperties),
/* harmony export */   traceTags: () => (/* binding */ traceTags)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);
/**
 * Names and labels that tie an Azure ML job to the workflow run that submitted it: a deterministic job
 * name (so a repeated attempt finds its job instead of submitting a twin), tags shown in the studio, and
 * the git properties azure-ai-ml writes, so the studio's "source" panel shows the commit.
 */


/** The service's rule for job names (PUT jobs/{id}); ARM compares names case-insensitively. */
const JOB_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
const MAX_NAME = 255;
const SHORT_SHA = 7;
/**
 * Makes any text a valid job (or experiment) name: characters outside `[a-zA-Z0-9_-]` become `-`,
 * runs of `-` collapse, the first character is a letter or digit, and a name cut to `max` keeps a short
 * hash of what was cut, so two long names that differ only at the end stay different.
 */
function sanitizeName(raw, max = MAX_NAME) {
    const cleaned = raw
        .trim()
        .replace(/[^a-zA-Z0-9_-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-_]+/, '')
        .replace(/-+$/, '');
    if (cleaned.length <= max)
        return cleaned;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(cleaned).digest('hex').slice(0, 8);
    return `${cleaned.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}
/**
 * `<pipeline>-<short sha>-<run id>-<run attempt>[-<job key>][-<content hash>]`, lower-cased (ARM treats
 * names case-insensitively, and studio URLs are shared), within 255 characters: the same content submitted
 * from the same workflow job of the same run attempt always gets the same name, and nothing else does (two
 * matrix legs share the job key but not the content; see identity.ts).
 */
function deterministicJobName(pipelineName, run, contentHash) {
    const key = run.job ? sanitizeName(run.job, 40) : '';
    const jobKey = key ? `-${key}` : '';
    const hash = contentHash ? `-${contentHash}` : '';
    const suffix = `-${run.sha.slice(0, SHORT_SHA)}-${run.runId}-${run.runAttempt}${jobKey}${hash}`.toLowerCase();
    const base = pipelineName?.trim() || run.repository.split('/').pop() || 'pipeline';
    const cleanSuffix = suffix.replace(/[^a-z0-9_-]+/g, '-');
    return (sanitizeName(base.toLowerCase(), MAX_NAME - cleanSuffix.length) || 'pipeline') + cleanSuffix;
}
/**
 * The job name to use: the one given (made valid, saying so when that changed it), else the
 * deterministic name of this run attempt.
 */
function resolveJobName(given, pipelineName, run, log) {
    if (!given?.trim())
        return deterministicJobName(pipelineName, run);
    const name = sanitizeName(given);
    if (!name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Job name '${given}' has no letter or digit; a job name must match ${JOB_NAME_PATTERN}.`);
    if (name !== given)
        log.info(`Job name '${given}' is not valid for Azure ML; using '${name}'.`);
    return name;
}
/**
 * The experiment a run lands in: the given one, with the branch appended on any branch other than the
 * default branch, so feature-branch runs do not mix with main's history in the studio.
 */
function experimentNameFor(experiment, run) {
    const onOtherBranch = run.branch && run.defaultBranch && run.branch !== run.defaultBranch;
    return sanitizeName(onOtherBranch ? `${experiment}-${run.branch}` : experiment);
}
function runUrl(run) {
    return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`;
}
/** Tags shown (and filterable) in the studio. */
function traceTags(run) {
    const tags = {
        'github.repository': run.repository,
        'github.sha': run.sha,
        'github.ref': run.ref,
        'github.workflow': run.workflow,
        'github.run_id': run.runId,
        'github.run_attempt': run.runAttempt,
        'github.run_url': runUrl(run),
        'github.actor': run.actor,
    };
    if (run.branch)
        tags['github.branch'] = run.branch;
    if (run.eventName)
        tags['github.event_name'] = run.eventName;
    if (run.prNumber !== undefined)
        tags['github.pull_request'] = String(run.prNumber);
    return tags;
}
/** The property keys azure-ai-ml writes from git (`GitProperties` in its constants). */
const GIT_PROPERTIES = {
    commit: 'mlflow.source.git.commit',
    branch: 'mlflow.source.git.branch',
    repoUrl: 'mlflow.source.git.repoURL',
    buildId: 'azureml.git.build_id',
    buildUri: 'azureml.git.build_uri',
};
/**
 * Job properties as azure-ai-ml sets them from git, with the CI build standing for `AZUREML_GIT_BUILD_*`.
 * Properties can be added but never changed on an existing job, so they are written only at creation.
 */
function traceProperties(run) {
    const props = {
        [GIT_PROPERTIES.commit]: run.sha,
        [GIT_PROPERTIES.repoUrl]: `${run.serverUrl}/${run.repository}`,
        [GIT_PROPERTIES.buildId]: run.runId,
        [GIT_PROPERTIES.buildUri]: runUrl(run),
    };
    if (run.branch)
        props[GIT_PROPERTIES.branch] = run.branch;
    return props;
}


/***/ })

};
