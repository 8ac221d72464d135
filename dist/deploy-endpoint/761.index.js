export const id = 761;
export const ids = [761];
export const modules = {

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ directAccess),
/* harmony export */   x6: () => (/* binding */ fallbackAccess)
/* harmony export */ });
/* unused harmony export isAccessDenied */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _blob_auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2912);


/** Access through one client that is known to work (tests, or a SAS URL given by the service). */
function directAccess(container) {
    const url = container.url.split('?')[0];
    return { url, use: (operation) => operation(container) };
}
/** True when the failure means "this identity may not do that", so another identity might. */
function isAccessDenied(error) {
    const e = error;
    if (e?.statusCode === 401 || e?.statusCode === 403)
        return true;
    // @azure/identity: no usable sign-in for this scope, or the token request was refused.
    return e?.name === 'CredentialUnavailableError' || e?.name === 'AuthenticationError';
}
/**
 * Tries each candidate in order until one is accepted; later calls reuse the one that worked.
 * Only access-denied failures move to the next candidate: a missing blob or a network error is the
 * same whoever asks, and is thrown as is.
 */
function fallbackAccess(url, candidates, log) {
    let chosen;
    return {
        url,
        async use(operation) {
            if (chosen)
                return operation(chosen);
            const refusals = [];
            for (const candidate of candidates) {
                let auth;
                try {
                    auth = await candidate.auth();
                }
                catch (error) {
                    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                        throw error;
                    refusals.push(`${candidate.label}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
                    continue;
                }
                (0,_blob_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .maskAuth */ .pN)(auth, log);
                const client = (0,_blob_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .containerClient */ .L)(url, auth);
                try {
                    const result = await operation(client);
                    chosen = client;
                    log.info(`Blob access to ${url} through ${(0,_blob_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAuth */ .uf)(auth)}.`);
                    return result;
                }
                catch (error) {
                    if (!isAccessDenied(error))
                        throw error;
                    const reason = `${candidate.label}: ${refusalReason(error)}`;
                    log.debug(`Blob access refused, trying the next way in. ${reason}`);
                    refusals.push(reason);
                }
            }
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Cannot read or write blob container ${url}. Tried:\n${refusals.map((r) => `  - ${r}`).join('\n')}\n` +
                'Grant the signed-in identity "Storage Blob Data Reader" (downloads) or "Storage Blob Data Contributor" ' +
                '(uploads) on the storage account, or give it permission to read the datastore secrets of the workspace.');
        },
    };
}
function refusalReason(error) {
    const e = error;
    const code = e.code ?? e.details?.errorCode;
    return e.statusCode ? `HTTP ${e.statusCode}${code ? ` ${code}` : ''}` : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
}


/***/ }),

/***/ 2912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ containerClient),
/* harmony export */   pN: () => (/* binding */ maskAuth),
/* harmony export */   uf: () => (/* binding */ describeAuth)
/* harmony export */ });
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1991);

/** What a user reads in the log about how the container was reached (never the secret itself). */
function describeAuth(auth) {
    switch (auth.kind) {
        case 'credential':
            return 'the Azure credential (Azure AD token for https://storage.azure.com)';
        case 'account-key':
            return 'the datastore account key';
        case 'sas':
            return 'the datastore SAS token';
        case 'anonymous':
            return 'anonymous access';
    }
}
/**
 * Registers every form in which a secret could reach a log: the key or token as given, and a SAS
 * signature alone (URL-encoded and decoded), because SDK messages sometimes print a URL's query.
 */
function maskAuth(auth, log) {
    if (auth.kind === 'account-key')
        log.secret(auth.key);
    if (auth.kind !== 'sas')
        return;
    const token = auth.token.replace(/^\?/, '');
    log.secret(token);
    const sig = new URLSearchParams(token).get('sig');
    if (sig) {
        log.secret(sig);
        log.secret(encodeURIComponent(sig));
    }
}
/** Retries for each HTTP request; whole-file retries (integrity, broken streams) are the caller's. */
const PIPELINE_OPTIONS = {
    retryOptions: { maxTries: 4, retryDelayInMs: 500, maxRetryDelayInMs: 10_000 },
    userAgentOptions: { userAgentPrefix: 'azureml-mlops-actions' },
};
/** A container client for `containerUrl` (no query string) authorised by `auth`. */
function containerClient(containerUrl, auth, options = PIPELINE_OPTIONS) {
    switch (auth.kind) {
        case 'credential':
            return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, auth.credential, options);
        case 'account-key':
            return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .StorageSharedKeyCredential */ .Z3(auth.accountName, auth.key), options);
        case 'sas':
            return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(`${containerUrl}?${auth.token.replace(/^\?/, '')}`, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .AnonymousCredential */ .tv(), options);
        case 'anonymous':
            return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(containerUrl, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .AnonymousCredential */ .tv(), options);
    }
}


/***/ }),

/***/ 5761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JK: () => (/* binding */ blobUrlAccess),
/* harmony export */   datastoreAccess: () => (/* binding */ datastoreAccess),
/* harmony export */   defaultDatastoreName: () => (/* binding */ defaultDatastoreName),
/* harmony export */   getBlobDatastore: () => (/* binding */ getBlobDatastore)
/* harmony export */ });
/* unused harmony exports blobContainerUrl, datastoreSecrets */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6580);
/* harmony import */ var _access_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1028);



/** The blob container URL of an account, as Azure ML builds it. */
function blobContainerUrl(accountName, containerName, endpointSuffix = 'core.windows.net') {
    return `https://${accountName}.blob.${endpointSuffix}/${containerName}`;
}
/** Reads a datastore's coordinates (never its secrets). */
async function getBlobDatastore(session, name) {
    let datastore;
    try {
        datastore = await session.ml.datastores.get(name);
    }
    catch (error) {
        if ((0,_azure_rest_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Datastore '${name}' does not exist in workspace '${session.workspace.workspace}'.`);
        }
        throw error;
    }
    return toBlobDatastore(name, datastore);
}
function toBlobDatastore(name, datastore) {
    const p = datastore.properties;
    const containerName = p.datastoreType === 'AzureDataLakeGen2' ? p.filesystem : p.containerName;
    if (!['AzureBlob', 'AzureDataLakeGen2'].includes(p.datastoreType) || !p.accountName || !containerName) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Datastore '${name}' is of type ${p.datastoreType}; only AzureBlob and AzureDataLakeGen2 datastores can be read here.`);
    }
    const endpointSuffix = p.endpoint || 'core.windows.net';
    return {
        name,
        accountName: p.accountName,
        containerName,
        endpointSuffix,
        credentialsType: p.credentials?.credentialsType ?? 'None',
        containerUrl: blobContainerUrl(p.accountName, containerName, endpointSuffix),
    };
}
/** The name of the workspace's default datastore (workspaceblobstore unless changed). */
async function defaultDatastoreName(session) {
    for await (const d of session.ml.datastores.list({ isDefault: true })) {
        if (d.name)
            return d.name;
    }
    return 'workspaceblobstore';
}
/**
 * Access to a datastore's container: the session's Azure credential first (least privilege, nothing
 * secret leaves Azure), then the datastore's stored account key or SAS (`listSecrets`), as `az ml` does.
 */
function datastoreAccess(session, datastore) {
    const candidates = [credentialCandidate(session)];
    if (['AccountKey', 'Sas'].includes(datastore.credentialsType)) {
        candidates.push({
            label: `secrets of datastore '${datastore.name}'`,
            auth: () => datastoreSecrets(session, datastore),
        });
    }
    return (0,_access_js__WEBPACK_IMPORTED_MODULE_2__/* .fallbackAccess */ .x6)(datastore.containerUrl, candidates, session.log);
}
/**
 * Access to a container named by URL (a plain https model URI). When a workspace datastore points at the
 * same container its secrets are the fallback, so such models download with the same rights as `az ml`.
 */
async function blobUrlAccess(session, target) {
    const url = blobContainerUrl(target.accountName, target.containerName, target.endpointSuffix);
    const candidates = [credentialCandidate(session)];
    const match = await findDatastoreFor(session, target.accountName, target.containerName);
    if (match && ['AccountKey', 'Sas'].includes(match.credentialsType)) {
        candidates.push({ label: `secrets of datastore '${match.name}'`, auth: () => datastoreSecrets(session, match) });
    }
    return (0,_access_js__WEBPACK_IMPORTED_MODULE_2__/* .fallbackAccess */ .x6)(url, candidates, session.log);
}
function credentialCandidate(session) {
    return { label: 'the Azure credential', auth: async () => ({ kind: 'credential', credential: session.credential }) };
}
async function findDatastoreFor(session, accountName, containerName) {
    for await (const d of session.ml.datastores.list()) {
        if (!d.name)
            continue;
        const p = d.properties;
        const container = p.containerName ?? p.filesystem;
        if (p.accountName?.toLowerCase() === accountName.toLowerCase() && container === containerName) {
            return toBlobDatastore(d.name, d);
        }
    }
    return undefined;
}
/** The datastore's stored secret, masked before it is returned. */
async function datastoreSecrets(session, datastore) {
    const secrets = await session.ml.datastores.listSecrets(datastore.name);
    const auth = secretsToAuth(datastore, secrets);
    if (auth.kind === 'account-key')
        session.log.secret(auth.key);
    if (auth.kind === 'sas')
        session.log.secret(auth.token);
    return auth;
}
function secretsToAuth(datastore, secrets) {
    if (secrets.secretsType === 'AccountKey' && 'key' in secrets && secrets.key) {
        return { kind: 'account-key', accountName: datastore.accountName, key: secrets.key };
    }
    if (secrets.secretsType === 'Sas' && 'sasToken' in secrets && secrets.sasToken) {
        return { kind: 'sas', token: secrets.sasToken };
    }
    throw new Error(`the datastore returned ${secrets.secretsType} secrets, which cannot open a blob container`);
}


/***/ })

};
