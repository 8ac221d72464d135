export const id = 410;
export const ids = [410];
export const modules = {

/***/ 1531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ mlScope),
/* harmony export */   Rz: () => (/* binding */ armScope),
/* harmony export */   au: () => (/* binding */ resolveCloud),
/* harmony export */   pc: () => (/* binding */ isKnownAuthority)
/* harmony export */ });
/* unused harmony export PUBLIC_CLOUD */
/** The clouds whose hosts we know; anything else (Azure Stack, a test emulator) is taken as given. */
const KNOWN_CLOUDS = [
    {
        authorityHost: 'https://login.microsoftonline.com',
        armEndpoint: 'https://management.azure.com',
        oidcAudience: 'api://AzureADTokenExchange',
        mlAudience: 'https://ml.azure.com',
    },
    {
        authorityHost: 'https://login.microsoftonline.us',
        armEndpoint: 'https://management.usgovcloudapi.net',
        oidcAudience: 'api://AzureADTokenExchangeUSGov',
        mlAudience: 'https://ml.azure.us',
    },
    {
        authorityHost: 'https://login.chinacloudapi.cn',
        armEndpoint: 'https://management.chinacloudapi.cn',
        oidcAudience: 'api://AzureADTokenExchangeChina',
        mlAudience: 'https://ml.azure.cn',
    },
];
const { authorityHost, armEndpoint, oidcAudience } = KNOWN_CLOUDS[0];
const PUBLIC_CLOUD = { authorityHost, armEndpoint, oidcAudience };
const trimSlash = (url) => url.replace(/\/+$/, '');
/**
 * Resolves the endpoints of one cloud. Setting only the authority host of a sovereign cloud also
 * moves the ARM endpoint and the OIDC audience, so one setting is enough (Azure/login#452).
 */
function resolveCloud(options = {}) {
    const authorityHost = trimSlash(options.authorityHost || PUBLIC_CLOUD.authorityHost);
    const known = KNOWN_CLOUDS.find((c) => c.authorityHost === authorityHost);
    return {
        authorityHost,
        armEndpoint: trimSlash(options.armEndpoint || known?.armEndpoint || PUBLIC_CLOUD.armEndpoint),
        oidcAudience: options.oidcAudience || known?.oidcAudience || PUBLIC_CLOUD.oidcAudience,
    };
}
/** True for the Microsoft Entra hosts MSAL can validate through instance discovery. */
function isKnownAuthority(authorityHost) {
    return KNOWN_CLOUDS.some((c) => c.authorityHost === trimSlash(authorityHost));
}
/**
 * The token scope for ARM calls. It belongs to the cloud, not to the URL called: pointing `arm-endpoint`
 * at a proxy or a regional host of a known cloud keeps that cloud's audience (management.azure.com for the
 * public cloud); only an unknown cloud (Azure Stack) uses its own endpoint as the audience.
 */
function armScope(cloud) {
    const known = KNOWN_CLOUDS.find((c) => c.armEndpoint === cloud.armEndpoint) ??
        KNOWN_CLOUDS.find((c) => c.authorityHost === cloud.authorityHost);
    return `${known?.armEndpoint ?? cloud.armEndpoint}/.default`;
}
/**
 * The token scope of Azure ML's data plane (run history, logs): a token of its own, refreshed on its own by
 * the credential's cache, next to the ARM one. Unknown clouds fall back to the ARM scope.
 */
function mlScope(cloud) {
    const known = KNOWN_CLOUDS.find((c) => c.authorityHost === cloud.authorityHost);
    return known ? `${known.mlAudience}/.default` : armScope(cloud);
}


/***/ }),

/***/ 2410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _O: () => (/* binding */ USER_AGENT),
  jw: () => (/* binding */ createSession),
  LP: () => (/* binding */ sessionInWorkspace)
});

// UNUSED EXPORTS: completeWorkspace, workspaceResourceId

// EXTERNAL MODULE: ./shared/core/azure-names.ts
var azure_names = __webpack_require__(5314);
// EXTERNAL MODULE: ./shared/core/errors.ts
var errors = __webpack_require__(6677);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 155 modules
var esm = __webpack_require__(3952);
// EXTERNAL MODULE: ./shared/azure/cloud.ts
var azure_cloud = __webpack_require__(1531);
;// CONCATENATED MODULE: ./shared/azure/github-token.ts
/** Reads a JWT's payload without verifying it (we only explain; Entra ID verifies). */
function decodeJwtClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** AADSTS codes that mean "the federated credential does not match the GitHub token". */
const FEDERATION_ERRORS = {
    AADSTS70021: 'no federated credential matches the presented token',
    AADSTS700212: 'the token audience does not match the federated credential',
    AADSTS700213: 'the token subject does not match any federated credential',
    AADSTS7002138: 'the token subject/issuer does not match the federated credential',
    AADSTS700024: 'the client assertion (GitHub ID token) has expired',
};
function federationErrorCode(message) {
    return Object.keys(FEDERATION_ERRORS)
        .sort((a, b) => b.length - a.length)
        .find((code) => message.includes(code));
}
/**
 * Explains a federated sign-in failure from the token GitHub issued: what it says, what the federated
 * credential in Entra ID must say, and the usual reasons they differ.
 */
function explainFederationFailure(code, claims, expectedAudience) {
    const lines = [`Sign-in with GitHub OIDC failed (${code}: ${FEDERATION_ERRORS[code]}).`];
    if (claims) {
        lines.push('The GitHub ID token presented:', `  issuer:   ${claims.iss ?? '(none)'}`, `  subject:  ${claims.sub ?? '(none)'}`, `  audience: ${[claims.aud ?? '(none)'].flat().join(', ')}`);
    }
    lines.push('The federated credential of the app registration (or managed identity) must have exactly:', `  issuer https://token.actions.githubusercontent.com, subject ${claims?.sub ?? '<the subject above>'}, audience ${expectedAudience}`, 'Common causes:', '  - a job `environment:` changes the subject to repo:<owner>/<repo>:environment:<name>', '  - pull requests use the subject repo:<owner>/<repo>:pull_request', '  - subjects are case-sensitive (owner and repository names included)', '  - sovereign clouds need their own audience (e.g. api://AzureADTokenExchangeUSGov)');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./shared/azure/auth.ts




/** Parses AZURE_CREDENTIALS without ever echoing it; names the input and the missing keys. */
function parseCreds(json, log) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        throw new errors/* UserError */.yo("Input 'creds' is not valid JSON. Expected the AZURE_CREDENTIALS secret: " + credsShape);
    }
    const get = (k) => (typeof value[k] === 'string' ? value[k] : undefined);
    const secret = get('clientSecret');
    if (secret)
        log.secret(secret);
    const missing = ['clientId', 'clientSecret', 'tenantId'].filter((k) => !get(k));
    if (missing.length)
        throw new errors/* UserError */.yo(`Input 'creds' lacks ${missing.join(', ')}. Expected ${credsShape}`);
    return {
        clientId: get('clientId'),
        clientSecret: secret,
        tenantId: get('tenantId'),
        subscriptionId: get('subscriptionId'),
    };
}
const credsShape = '{"clientId": "...", "clientSecret": "...", "tenantId": "...", "subscriptionId": "..."}';
/**
 * Chooses and proves a credential: AZURE_CREDENTIALS, then OIDC federation, then the Azure CLI.
 * Each configured method is tried in that order until one gets an ARM token; the choice is logged,
 * and when none works the error lists what was tried and why each failed.
 */
async function signIn(options, cloud, log) {
    const sp = options.creds?.trim() ? parseCreds(options.creds, log) : undefined;
    const candidates = listCandidates(options, sp, cloud, log);
    const tried = [];
    for (const candidate of candidates) {
        const credential = candidate.make();
        try {
            await credential.getToken((0,azure_cloud/* armScope */.Rz)(cloud));
            log.info(`Signed in to Azure with ${candidate.label}.`);
            return { credential, method: candidate.method };
        }
        catch (error) {
            const explained = candidate.explain?.(error);
            tried.push(`  - ${candidate.label}: ${explained ? indent(explained) : firstLine((0,errors/* errorMessage */.gJ)(error))}`);
        }
    }
    throw new errors/* UserError */.yo(signInHelp(options, tried));
}
function listCandidates(options, sp, cloud, log) {
    // MSAL validates unknown authorities against the public cloud; Azure Stack/ADFS hosts must skip that.
    const authority = {
        authorityHost: cloud.authorityHost,
        disableInstanceDiscovery: !(0,azure_cloud/* isKnownAuthority */.pc)(cloud.authorityHost),
    };
    const out = [];
    if (sp) {
        const answers = new TokenEndpointAnswers();
        out.push({
            method: 'service-principal-secret',
            label: `the service principal secret in 'creds' (client ${sp.clientId})`,
            make: () => new esm/* ClientSecretCredential */.HC(sp.tenantId, sp.clientId, sp.clientSecret, {
                ...authority,
                additionalPolicies: [answers.config],
            }),
            explain: () => answers.describeNonOAuthFailure(),
        });
    }
    if (options.clientId && options.tenantId) {
        const provider = options.idTokenProvider;
        if (!provider) {
            out.push({
                method: 'oidc',
                label: `OpenID Connect (client ${options.clientId})`,
                make: () => unavailable('no GitHub OIDC token'),
                explain: () => missingIdTokenPermission,
            });
        }
        else {
            let lastClaims;
            const answers = new TokenEndpointAnswers();
            const getAssertion = async () => {
                const token = await provider(cloud.oidcAudience);
                log.secret(token);
                lastClaims = decodeJwtClaims(token);
                return token;
            };
            out.push({
                method: 'oidc',
                label: `OpenID Connect federation (client ${options.clientId}, audience ${cloud.oidcAudience})`,
                make: () => new esm/* ClientAssertionCredential */.XI(options.tenantId, options.clientId, getAssertion, {
                    ...authority,
                    additionalPolicies: [answers.config],
                }),
                explain: (error) => {
                    const code = federationErrorCode((0,errors/* errorMessage */.gJ)(error));
                    return code
                        ? explainFederationFailure(code, lastClaims, cloud.oidcAudience)
                        : answers.describeNonOAuthFailure();
                },
            });
        }
    }
    if (options.allowAzureCli !== false) {
        out.push({
            method: 'azure-cli',
            label: 'the Azure CLI login (az login / azure/login)',
            make: () => new esm/* AzureCliCredential */.nG(),
        });
    }
    return out;
}
/**
 * The last error answer of a credential's token endpoint. MSAL reads only OAuth error bodies
 * (`{"error": "invalid_client", "error_description": ...}`); any other answer (a gateway's `{"error": {code,
 * message}}` envelope, an HTML page) reaches us as "[object Object]: Error(s): Not Available", so the answer
 * itself is kept to say what the service said.
 */
class TokenEndpointAnswers {
    last;
    config = {
        position: 'perRetry',
        policy: {
            name: 'tokenEndpointAnswers',
            sendRequest: async (request, next) => {
                const response = await next(request);
                if (response.status >= 400) {
                    const requestId = response.headers.get('x-ms-request-id') ?? response.headers.get('x-ms-correlation-id');
                    this.last = { status: response.status, body: response.bodyAsText ?? '', requestId };
                }
                else
                    this.last = undefined;
                return response;
            },
        },
    };
    /** What the endpoint said, when it was not an OAuth error MSAL can word; undefined otherwise. */
    describeNonOAuthFailure() {
        if (!this.last)
            return undefined;
        const { status, body, requestId } = this.last;
        const parsed = parseJson(body);
        if (typeof parsed?.error === 'string')
            return undefined;
        const envelope = (typeof parsed?.error === 'object' && parsed.error ? parsed.error : parsed);
        const code = typeof envelope?.code === 'string' ? envelope.code : undefined;
        const message = typeof envelope?.message === 'string' ? envelope.message : undefined;
        const said = [code, message].filter(Boolean).join(': ') || firstLine(body.replace(/\s+/g, ' ').trim());
        const facts = [`HTTP ${status}`, requestId ? `request id ${requestId}` : undefined].filter(Boolean).join(', ');
        return `the token endpoint kept failing: ${said || 'no error details in the answer'} (${facts})`;
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
const missingIdTokenPermission = 'client-id and tenant-id are set for OpenID Connect, but this job cannot request a GitHub ID token ' +
    '(ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add to the workflow or job:\n  permissions:\n    id-token: write\n    contents: read';
function unavailable(reason) {
    return {
        getToken: async () => {
            throw new Error(reason);
        },
    };
}
function signInHelp(options, tried) {
    const lines = ['Could not sign in to Azure.'];
    if (tried.length)
        lines.push('Tried, in order:', ...tried);
    else
        lines.push('No credentials were given.');
    if (!options.creds && !(options.clientId && options.tenantId)) {
        lines.push('Give one of:', "  - 'client-id' and 'tenant-id' (or AZURE_CLIENT_ID / AZURE_TENANT_ID) with `permissions: id-token: write` (OpenID Connect, recommended)", "  - 'creds': the JSON of an AZURE_CREDENTIALS secret", '  - an earlier azure/login step (Azure CLI)');
    }
    return lines.join('\n');
}
const firstLine = (s) => s.split('\n')[0].slice(0, 400);
const indent = (s) => s.split('\n').join('\n    ');

// EXTERNAL MODULE: ./shared/azure/ml-api/api-version.ts
var api_version = __webpack_require__(1486);
// EXTERNAL MODULE: ./shared/azure/ml-api/ml-api.ts
var ml_api = __webpack_require__(7563);
// EXTERNAL MODULE: ./shared/azure/ml-api/rest-client.ts
var rest_client = __webpack_require__(3733);
;// CONCATENATED MODULE: ./shared/azure/create-session.ts







const USER_AGENT = 'azureml-mlops-actions/0.1';
/** Signs in and builds the Azure ML REST layer for one workspace. Fails before any call when a coordinate is missing. */
async function createSession(options) {
    const { log } = options;
    const cloud = (0,azure_cloud/* resolveCloud */.au)(options.cloud);
    // Check the workspace coordinates before any network call.
    const fromCreds = options.auth.creds?.trim() ? parseCreds(options.auth.creds, log).subscriptionId : undefined;
    const workspace = completeWorkspace({
        ...options.workspace,
        subscriptionId: options.workspace.subscriptionId || fromCreds,
    });
    const signedIn = await signIn(options.auth, cloud, log);
    const pollIntervalMs = options.pollIntervalMs ?? 5000;
    const rest = new rest_client/* MlRestClient */.p({
        endpoint: cloud.armEndpoint,
        credential: signedIn.credential,
        scope: (0,azure_cloud/* armScope */.Rz)(cloud),
        userAgent: USER_AGENT,
    });
    const ml = new ml_api/* MlApi */.W(rest, workspace, pollIntervalMs);
    log.info(`Workspace ${workspace.workspace} (resource group ${workspace.resourceGroup}, subscription ${workspace.subscriptionId}) ` +
        `via ${cloud.armEndpoint}, api-version ${api_version/* ML_API_VERSION */.W}.`);
    return {
        workspace,
        cloud,
        credential: signedIn.credential,
        ml,
        workspaceId: workspaceResourceId(workspace),
        log,
        pollIntervalMs,
    };
}
const WORKSPACE_INPUTS = {
    subscriptionId: "'subscription-id' (or AZURE_SUBSCRIPTION_ID, or subscriptionId in 'creds')",
    resourceGroup: "'resource-group' (or AZURE_RESOURCE_GROUP)",
    workspace: "'workspace' (or AZURE_ML_WORKSPACE)",
};
function completeWorkspace(partial) {
    const missing = Object.keys(WORKSPACE_INPUTS).filter((k) => !partial[k]);
    if (missing.length) {
        throw new errors/* UserError */.yo(`The Azure ML workspace is not fully given. Missing: ${missing.map((k) => WORKSPACE_INPUTS[k]).join('; ')}.`);
    }
    return (0,azure_names/* checkWorkspaceCoordinates */.$)(partial);
}
/**
 * The same sign-in and REST client in another workspace (a model copy's or promotion's target): the resource group
 * and subscription default to the session's. Lives here, not beside the copy, so a promotion that only tags does not
 * load the copy's storage SDK.
 */
function sessionInWorkspace(session, target) {
    const ref = {
        subscriptionId: target.subscriptionId ?? session.workspace.subscriptionId,
        resourceGroup: target.resourceGroup ?? session.workspace.resourceGroup,
        workspace: target.workspace,
    };
    const ml = new ml_api/* MlApi */.W(session.ml.rest, ref, session.pollIntervalMs);
    return { ...session, workspace: ref, ml, workspaceId: ml.workspaceId };
}
function workspaceResourceId(ws) {
    return (`/subscriptions/${ws.subscriptionId}/resourceGroups/${ws.resourceGroup}` +
        `/providers/Microsoft.MachineLearningServices/workspaces/${ws.workspace}`);
}


/***/ }),

/***/ 1486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ API_VERSIONS),
/* harmony export */   W: () => (/* binding */ ML_API_VERSION)
/* harmony export */ });
/**
 * The one place an Azure ML control-plane api-version is spelled. Every resource type is read and written with
 * its own entry here, so a resource is never read with one version and written with another; all entries are
 * the same today (the newest stable version whose published examples cover every operation we call: see the
 * README, "Azure ML api-version").
 */
const ML_API_VERSION = '2025-12-01';
/** The resource types this project calls, each with the api-version its reads and writes use. */
const API_VERSIONS = {
    workspaces: ML_API_VERSION,
    computes: ML_API_VERSION,
    datastores: ML_API_VERSION,
    codes: ML_API_VERSION,
    components: ML_API_VERSION,
    environments: ML_API_VERSION,
    models: ML_API_VERSION,
    data: ML_API_VERSION,
    jobs: ML_API_VERSION,
    registries: ML_API_VERSION,
    onlineEndpoints: ML_API_VERSION,
    batchEndpoints: ML_API_VERSION,
};


/***/ }),

/***/ 7563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ MlApi)
/* harmony export */ });
const PROVIDER = 'Microsoft.MachineLearningServices';
function paged(pages) {
    return {
        byPage: pages,
        async *[Symbol.asyncIterator]() {
            for await (const page of pages())
                yield* page;
        },
    };
}
const SINGULAR = {
    codes: 'code',
    components: 'component',
    environments: 'environment',
    models: 'model',
    data: 'data',
};
const seg = encodeURIComponent;
class MlApi {
    rest;
    ref;
    pollIntervalMs;
    /** ARM id of the workspace. */
    workspaceId;
    constructor(rest, ref, 
    /** Poll interval of long-running operations unless a call gives its own. */
    pollIntervalMs) {
        this.rest = rest;
        this.ref = ref;
        this.pollIntervalMs = pollIntervalMs;
        this.workspaceId =
            `/subscriptions/${seg(ref.subscriptionId)}/resourceGroups/${seg(ref.resourceGroup)}` +
                `/providers/${PROVIDER}/workspaces/${seg(ref.workspace)}`;
    }
    workspace = {
        get: () => this.rest.json({
            method: 'GET',
            path: this.workspaceId,
            resource: 'workspaces',
            doing: `Reading workspace '${this.ref.workspace}'`,
        }),
    };
    computes = {
        ...this.collection('computes', 'compute', () => this.workspaceId),
        createOrUpdate: async (name, body, options = {}) => {
            await this.rest.lro({ method: 'PUT', path: this.compute(name), resource: 'computes', body, doing: `Creating compute '${name}'` }, this.lroOptions(options));
        },
        update: async (name, body, options = {}) => {
            await this.rest.lro({ method: 'PATCH', path: this.compute(name), resource: 'computes', body, doing: `Updating compute '${name}'` }, this.lroOptions(options));
        },
        start: (name, options = {}) => this.computeAction(name, 'start', 'Starting', options),
        stop: (name, options = {}) => this.computeAction(name, 'stop', 'Stopping', options),
        restart: (name, options = {}) => this.computeAction(name, 'restart', 'Restarting', options),
        delete: async (name, action, options = {}) => {
            await this.rest.lro({
                method: 'DELETE',
                path: this.compute(name),
                resource: 'computes',
                query: { underlyingResourceAction: action },
                doing: `Deleting compute '${name}'`,
            }, this.lroOptions(options));
        },
    };
    datastores = {
        // `list({ isDefault: true })` lists the default datastore only.
        ...this.collection('datastores', 'datastore', () => this.workspaceId),
        listSecrets: (name) => this.rest.json({
            method: 'POST',
            path: `${this.workspaceId}/datastores/${seg(name)}/listSecrets`,
            resource: 'datastores',
            doing: `Reading the secrets of datastore '${name}'`,
        }),
    };
    jobs = {
        get: (name) => this.rest.json({ method: 'GET', path: this.job(name), resource: 'jobs', doing: `Reading job '${name}'` }),
        createOrUpdate: (name, body) => this.rest.json({
            method: 'PUT',
            path: this.job(name),
            resource: 'jobs',
            body,
            doing: `Submitting job '${name}'`,
        }),
        /** Requests the cancel and returns once it is accepted (202); the job then moves on by itself. */
        cancel: async (name, options = {}) => {
            const response = await this.rest.send({
                method: 'POST',
                path: `${this.job(name)}/cancel`,
                resource: 'jobs',
                timeoutMs: options.timeoutMs,
                doing: `Cancelling job '${name}'`,
            });
            return { status: response.status };
        },
    };
    registries = {
        ...this.collection('registries', 'registry', () => `${this.resourceGroupId}/providers/${PROVIDER}`, () => `Listing the registries of resource group '${this.ref.resourceGroup}'`),
    };
    /**
     * The model versions of a registry (`/registries/{registry}/models/{name}/versions`): read, list, create (a
     * long-running operation in the service), and `startPendingUpload`, which hands out the registry-side blob
     * location and a SAS for a version's files before the version is created (as azure-ai-ml's share does).
     */
    registryModels(registry, resourceGroup = this.ref.resourceGroup) {
        const group = `/subscriptions/${seg(this.ref.subscriptionId)}/resourceGroups/${seg(resourceGroup)}`;
        const base = (name) => `${group}/providers/${PROVIDER}/registries/${seg(registry)}/models/${seg(name)}/versions`;
        const where = `in registry '${registry}'`;
        return {
            get: (name, version) => this.rest.json({
                method: 'GET',
                path: `${base(name)}/${seg(version)}`,
                resource: 'registries',
                doing: `Reading model ${name}:${version} ${where}`,
            }),
            list: (name, options = {}) => paged(() => this.rest.pages({
                method: 'GET',
                path: base(name),
                resource: 'registries',
                query: {
                    $orderBy: options.orderBy,
                    $top: options.top,
                    tags: options.tags,
                    listViewType: options.listViewType,
                },
                doing: `Listing the versions of model '${name}' ${where}`,
            })),
            createOrUpdate: async (name, version, body, options = {}) => (await this.rest.lro({
                method: 'PUT',
                path: `${base(name)}/${seg(version)}`,
                resource: 'registries',
                body,
                doing: `Registering model ${name}:${version} ${where}`,
            }, this.lroOptions(options))),
            startPendingUpload: (name, version) => this.rest.json({
                method: 'POST',
                path: `${base(name)}/${seg(version)}/startPendingUpload`,
                resource: 'registries',
                body: { pendingUploadType: 'TemporaryBlobReference' },
                doing: `Asking registry '${registry}' where to upload model ${name}:${version}`,
            }),
        };
    }
    /** The containers of an asset collection (codes, components, environments, models, data). */
    containers(collection) {
        return this.collection(collection, SINGULAR[collection], () => this.workspaceId);
    }
    /**
     * `get(name)` and `list(query)` of the resources `<parent>/<collection>/{name}`; `noun` names one in messages.
     * `parent` and `listing` are read when called: the families above are built before the constructor has run.
     */
    collection(collection, noun, parent, listing = () => `Listing the ${collection}`) {
        return {
            get: (name) => this.rest.json({
                method: 'GET',
                path: `${parent()}/${collection}/${seg(name)}`,
                resource: collection,
                doing: `Reading ${noun} '${name}'`,
            }),
            list: (query) => paged(() => this.rest.pages({
                method: 'GET',
                path: `${parent()}/${collection}`,
                resource: collection,
                query,
                doing: listing(),
            })),
        };
    }
    /** The versions of an asset collection. */
    versions(collection) {
        const kind = SINGULAR[collection];
        const base = (name) => `${this.workspaceId}/${collection}/${seg(name)}/versions`;
        return {
            get: (name, version) => this.rest.json({
                method: 'GET',
                path: `${base(name)}/${seg(version)}`,
                resource: collection,
                doing: `Reading ${kind} ${name}:${version}`,
            }),
            list: (name, options = {}) => paged(() => this.rest.pages({
                method: 'GET',
                path: base(name),
                resource: collection,
                query: {
                    $orderBy: options.orderBy,
                    $top: options.top,
                    tags: options.tags,
                    listViewType: options.listViewType,
                    hash: options.hash,
                    hashVersion: options.hashVersion,
                },
                doing: `Listing the versions of ${kind} '${name}'`,
            })),
            createOrUpdate: (name, version, body) => this.rest.json({
                method: 'PUT',
                path: `${base(name)}/${seg(version)}`,
                resource: collection,
                body,
                doing: `Registering ${kind} ${name}:${version}`,
            }),
        };
    }
    get resourceGroupId() {
        return `/subscriptions/${seg(this.ref.subscriptionId)}/resourceGroups/${seg(this.ref.resourceGroup)}`;
    }
    compute(name) {
        return `${this.workspaceId}/computes/${seg(name)}`;
    }
    job(name) {
        return `${this.workspaceId}/jobs/${seg(name)}`;
    }
    lroOptions(options) {
        return { intervalMs: options.intervalMs ?? this.pollIntervalMs, abortSignal: options.abortSignal };
    }
    async computeAction(name, action, doing, options) {
        await this.rest.lro({
            method: 'POST',
            path: `${this.compute(name)}/${action}`,
            resource: 'computes',
            doing: `${doing} compute instance '${name}'`,
        }, this.lroOptions(options));
    }
}


/***/ }),

/***/ 3733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ MlRestClient)
/* harmony export */ });
/* harmony import */ var _azure_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5738);
/* harmony import */ var _azure_core_lro__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7352);
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(869);
/* harmony import */ var _rest_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6580);
/* harmony import */ var _api_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1486);
/**
 * The HTTP side of the Azure ML control plane: one @azure/core-client ServiceClient (bearer token for the ARM
 * scope, retries, throttling with Retry-After, proxy from HTTPS_PROXY/NO_PROXY, user agent), paging by
 * `nextLink`, and long-running operations through @azure/core-lro. Every failure leaves through
 * `describeAzureFailure`, so it names the operation and the resource whatever the caller.
 */





class MlRestClient {
    client;
    endpoint;
    constructor(options) {
        this.endpoint = options.endpoint.replace(/\/+$/, '');
        this.client = new _azure_core_client__WEBPACK_IMPORTED_MODULE_0__/* .ServiceClient */ .Nl({
            endpoint: this.endpoint,
            credential: options.credential,
            credentialScopes: [options.scope],
            userAgentOptions: { userAgentPrefix: options.userAgent },
            retryOptions: options.retryOptions,
            pipeline: options.pipeline,
        });
    }
    /** Sends one request; a status of 300 or more is a failure described for the user. */
    async send(request) {
        let response;
        try {
            response = await this.client.sendRequest(this.build(request));
        }
        catch (error) {
            throw (0,_rest_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAzureFailure */ .dd)(request.doing, error);
        }
        if (response.status >= 300)
            throw (0,_rest_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAzureFailure */ .dd)(request.doing, restErrorOf(response));
        return { status: response.status, body: parseBody(response), headers: response.headers.toJSON() };
    }
    async json(request) {
        return (await this.send(request)).body;
    }
    /** The pages of a list, following `nextLink` (which carries its own query and api-version). */
    async *pages(request) {
        let next = request;
        while (next) {
            const page = await this.json(next);
            yield page.value ?? [];
            next = page.nextLink ? { ...request, path: page.nextLink, query: undefined } : undefined;
        }
    }
    /**
     * A long-running operation: the initial request, then polls of Azure-AsyncOperation / Location (or the
     * resource) until it settles. `wait: false` returns once the service accepted the request.
     */
    async lro(request, options = {}) {
        const poll = (url, abortSignal) => this.send({ ...request, method: 'GET', path: url, query: undefined, body: undefined, abortSignal });
        try {
            const poller = await (0,_azure_core_lro__WEBPACK_IMPORTED_MODULE_1__/* .createHttpPoller */ .Vj)({
                requestMethod: request.method,
                requestPath: this.url(request),
                sendInitialRequest: async () => lroResponse(await this.send(request)),
                sendPollRequest: async (url, o) => lroResponse(await poll(url, o?.abortSignal ?? options.abortSignal)),
            }, { intervalInMs: options.intervalMs, resourceLocationConfig: options.resultFrom });
            if (options.wait === false)
                return undefined;
            return await poller.pollUntilDone({ abortSignal: options.abortSignal });
        }
        catch (error) {
            throw (0,_rest_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeAzureFailure */ .dd)(request.doing, error);
        }
    }
    /** The full URL of a request, with the api-version of its resource type. */
    url(request) {
        if (/^https?:\/\//i.test(request.path))
            return request.path;
        const url = new URL(`${this.endpoint}${request.path}`);
        for (const [k, v] of Object.entries(request.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        url.searchParams.set('api-version', _api_version_js__WEBPACK_IMPORTED_MODULE_4__/* .API_VERSIONS */ .B[request.resource]);
        return url.toString();
    }
    build(request) {
        const pipelineRequest = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_2__.createPipelineRequest)({
            url: this.url(request),
            method: request.method,
            body: request.body === undefined ? undefined : JSON.stringify(request.body),
            abortSignal: withDeadline(request.abortSignal, request.timeoutMs),
        });
        pipelineRequest.headers.set('Accept', 'application/json');
        if (request.body !== undefined)
            pipelineRequest.headers.set('Content-Type', 'application/json');
        return pipelineRequest;
    }
}
/**
 * A deadline as an abort signal, not the request's `timeout`: the Node HTTP client clears that timer only when an
 * answer arrives, so a connection reset left it armed and held the process open for the whole timeout.
 */
function withDeadline(signal, timeoutMs) {
    if (!timeoutMs)
        return signal;
    const deadline = AbortSignal.timeout(timeoutMs);
    return signal ? AbortSignal.any([signal, deadline]) : deadline;
}
function parseBody(response) {
    const text = response.bodyAsText;
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/** A RestError with the service's `{error: {code, message}}` (and the response, for its request id). */
function restErrorOf(response) {
    const body = parseBody(response);
    const message = body?.error?.message ?? `HTTP ${response.status}`;
    return new _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_2__/* .RestError */ .pj(message, {
        statusCode: response.status,
        code: body?.error?.code,
        request: response.request,
        response,
    });
}
function lroResponse(response) {
    return {
        flatResponse: response.body,
        rawResponse: { statusCode: response.status, headers: response.headers, body: response.body },
    };
}


/***/ }),

/***/ 6580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ unlessNotFound),
/* harmony export */   Ki: () => (/* binding */ callAzure),
/* harmony export */   PU: () => (/* binding */ statusCodeOf),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dd: () => (/* binding */ describeAzureFailure),
/* harmony export */   mh: () => (/* binding */ AzureFailure)
/* harmony export */ });
/* unused harmony export hintFor */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/**
 * The one path every failed Azure call takes: `describeAzureFailure` turns what the service (or the network)
 * answered into a UserError that names the operation and the resource, gives the service's error code,
 * message and request id, and the same hint for the same status everywhere.
 */

/** A failed Azure call, as described for the user; keeps the status so callers can still branch on it. */
class AzureFailure extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    serviceMessage;
    statusCode;
    code;
    requestId;
    name = 'AzureFailure';
    constructor(message, 
    /** What the service (or the network) said, without our wording around it. */
    serviceMessage, statusCode, code, requestId) {
        super(message);
        this.serviceMessage = serviceMessage;
        this.statusCode = statusCode;
        this.code = code;
        this.requestId = requestId;
    }
}
function asRestError(error) {
    return error instanceof Error && ('statusCode' in error || 'code' in error) ? error : undefined;
}
function statusCodeOf(error) {
    return asRestError(error)?.statusCode;
}
function isNotFound(error) {
    return statusCodeOf(error) === 404;
}
/** What `read` returns, or undefined when the service answers 404; any other failure is thrown. */
async function unlessNotFound(read) {
    try {
        return await read();
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
/**
 * How long a throttled (429) or unavailable (503) answer asked us to wait: `retry-after-ms`,
 * `x-ms-retry-after-ms` or `Retry-After` (seconds or an HTTP date), as core-rest-pipeline reads them.
 */
function retryAfterMs(error, now) {
    const rest = asRestError(error);
    const headers = rest?.response?.headers;
    if (!headers || ![429, 503].includes(rest.statusCode ?? 0))
        return undefined;
    for (const [name, scale] of [
        ['retry-after-ms', 1],
        ['x-ms-retry-after-ms', 1],
        ['retry-after', 1000],
    ]) {
        const text = headers.get(name);
        if (!text)
            continue;
        const value = Number(text);
        if (Number.isFinite(value))
            return Math.max(0, value * scale);
        const date = Date.parse(text);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
    }
    return undefined;
}
/** The hint for a status: the same words wherever the status is met. */
function hintFor(status) {
    switch (status) {
        case 401:
            return 'The sign-in was refused: check the credential and that it belongs to the workspace tenant.';
        case 403:
            return ('The identity lacks permission. Grant it "AzureML Data Scientist" on the workspace ' +
                '(and "AzureML Compute Operator" to manage compute).');
        case 404:
            return 'Check the name, and that subscription, resource group and workspace are the ones meant.';
        case 409:
            return 'Another operation on it is under way or its state forbids this; wait for that to end and run again.';
        case 429:
            return 'Azure kept throttling the requests after the retries; run again later or spread the runs out.';
        default:
            return '';
    }
}
/** The service's error `{code, message}` from the body when the RestError has not read it. */
function serviceError(rest) {
    try {
        const body = JSON.parse(rest.response?.bodyAsText ?? '');
        return body.error ?? {};
    }
    catch {
        return {};
    }
}
/**
 * Turns what ARM answered into a message that says what we were doing (operation and resource), what the
 * service said (code, message, request id) and, for the usual problems, what to do.
 */
function describeAzureFailure(doing, error) {
    if (error instanceof AzureFailure)
        return error;
    const rest = asRestError(error);
    const fromBody = rest ? serviceError(rest) : {};
    const said = fromBody.message ?? rest?.message ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
    const code = fromBody.code ?? rest?.code;
    const requestId = rest?.requestId ?? rest?.response?.headers?.get('x-ms-request-id');
    const status = rest?.statusCode;
    const facts = [
        status ? `HTTP ${status}` : undefined,
        code && !said.includes(code) ? `code ${code}` : undefined,
        requestId ? `request id ${requestId}` : undefined,
        waitFacts(error),
    ].filter(Boolean);
    const hint = hintFor(status);
    return new AzureFailure(`${doing} failed: ${said}${facts.length ? ` (${facts.join(', ')})` : ''}${hint ? `\n${hint}` : ''}`, said, status, code, requestId);
}
/** What a throttled answer asked for, so a user knows how long "later" is. */
function waitFacts(error) {
    const waitMs = retryAfterMs(error, Date.now());
    return waitMs === undefined ? undefined : `Azure asked to wait ${Math.ceil(waitMs / 1000)} s`;
}
/** Runs an Azure call, turning its failure into a UserError that says what was being done. */
async function callAzure(doing, call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw error;
        throw describeAzureFailure(doing, error);
    }
}


/***/ }),

/***/ 5314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkWorkspaceCoordinates)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/**
 * The workspace coordinates checked where they enter, before they become part of a request path: a value
 * outside these rules (`not-a-guid/../x`) would otherwise change the path and end in a misleading answer
 * ("compute does not exist"). Pure: no Azure call, no input reading; messages name the input and what is
 * accepted.
 */

/** Where each value comes from, as the user sets it. */
const INPUTS = {
    subscriptionId: "'subscription-id' (or AZURE_SUBSCRIPTION_ID, or subscriptionId in 'creds')",
    resourceGroup: "'resource-group' (or AZURE_RESOURCE_GROUP)",
    workspace: "'workspace' (or AZURE_ML_WORKSPACE)",
};
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** ARM's resource group rule (common-types ResourceGroupNameParameter, 1-90), and no period at the end. */
const RESOURCE_GROUP = /^[-\w.()\p{L}\p{N}]{1,90}$/u;
/** Azure ML's workspace name rule (`workspaceName` pattern of the Microsoft.MachineLearningServices spec). */
const WORKSPACE = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/;
const RULES = {
    subscriptionId: {
        ok: (v) => GUID.test(v),
        accepted: 'a GUID, e.g. 00000000-0000-0000-0000-000000000000',
    },
    resourceGroup: {
        ok: (v) => RESOURCE_GROUP.test(v) && !v.endsWith('.'),
        accepted: '1 to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period',
    },
    workspace: {
        ok: (v) => WORKSPACE.test(v),
        accepted: '3 to 33 letters, digits, hyphens and underscores, starting with a letter or digit',
    },
};
/** Throws a UserError naming every coordinate that breaks its rule (all at once), with what is accepted. */
function checkWorkspaceCoordinates(coordinates) {
    const bad = Object.keys(RULES).filter((k) => !RULES[k].ok(coordinates[k]));
    if (bad.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(bad
            .map((k) => `Input ${INPUTS[k]} must be ${RULES[k].accepted}; got ${JSON.stringify(coordinates[k])}.`)
            .join('\n'));
    return coordinates;
}


/***/ })

};
