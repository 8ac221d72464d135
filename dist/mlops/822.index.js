export const id = 822;
export const ids = [822];
export const modules = {

/***/ 5822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EndpointsApi: () => (/* binding */ EndpointsApi)
/* harmony export */ });
const COLLECTION = { online: 'onlineEndpoints', batch: 'batchEndpoints' };
const seg = encodeURIComponent;
/** The endpoints of one kind and their deployments. */
class EndpointsApi {
    ml;
    kind;
    resource;
    constructor(ml, kind) {
        this.ml = ml;
        this.kind = kind;
        this.resource = COLLECTION[kind];
    }
    /** ARM id of an endpoint. */
    endpointId(name) {
        return `${this.ml.workspaceId}/${this.resource}/${seg(name)}`;
    }
    get(name) {
        return this.ml.rest.json({
            method: 'GET',
            path: this.endpointId(name),
            resource: this.resource,
            doing: `Reading ${this.kind} endpoint '${name}'`,
        });
    }
    /** Creates or updates the endpoint and waits until it is provisioned; returns it as the service then has it. */
    async createOrUpdate(name, body, options = {}) {
        await this.ml.rest.lro({
            method: 'PUT',
            path: this.endpointId(name),
            resource: this.resource,
            body,
            doing: options.doing ?? `Creating or updating ${this.kind} endpoint '${name}'`,
        }, this.lroOptions(options));
        return this.get(name);
    }
    async delete(name, options = {}) {
        await this.ml.rest.lro({
            method: 'DELETE',
            path: this.endpointId(name),
            resource: this.resource,
            doing: `Deleting ${this.kind} endpoint '${name}'`,
        }, this.lroOptions(options));
    }
    /** The keys of an online endpoint whose auth mode is `key`: secrets, to be masked before anything else. */
    listKeys(name) {
        return this.ml.rest.json({
            method: 'POST',
            path: `${this.endpointId(name)}/listKeys`,
            resource: this.resource,
            doing: `Reading the keys of ${this.kind} endpoint '${name}'`,
        });
    }
    /** A scoring token of an online endpoint whose auth mode is `aml_token`: a secret. */
    token(name) {
        return this.ml.rest.json({
            method: 'POST',
            path: `${this.endpointId(name)}/token`,
            resource: this.resource,
            doing: `Reading a scoring token of ${this.kind} endpoint '${name}'`,
        });
    }
    deploymentPath(endpoint, name) {
        return `${this.endpointId(endpoint)}/deployments/${seg(name)}`;
    }
    deployments = {
        get: (endpoint, name) => this.ml.rest.json({
            method: 'GET',
            path: this.deploymentPath(endpoint, name),
            resource: this.resource,
            doing: `Reading deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
        }),
        list: (endpoint) => {
            const pages = () => this.ml.rest.pages({
                method: 'GET',
                path: `${this.endpointId(endpoint)}/deployments`,
                resource: this.resource,
                doing: `Listing the deployments of ${this.kind} endpoint '${endpoint}'`,
            });
            return {
                byPage: pages,
                async *[Symbol.asyncIterator]() {
                    for await (const page of pages())
                        yield* page;
                },
            };
        },
        /** Creates or updates the deployment and waits for its provisioning to end; a failed one throws. */
        createOrUpdate: async (endpoint, name, body, options = {}) => {
            await this.ml.rest.lro({
                method: 'PUT',
                path: this.deploymentPath(endpoint, name),
                resource: this.resource,
                body,
                doing: `Creating deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
            }, this.lroOptions(options));
        },
        delete: async (endpoint, name, options = {}) => {
            await this.ml.rest.lro({
                method: 'DELETE',
                path: this.deploymentPath(endpoint, name),
                resource: this.resource,
                doing: `Deleting deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
            }, this.lroOptions(options));
        },
        /** The tail of a container's log of an online deployment (`getLogs`). */
        getLogs: (endpoint, name, request) => this.ml.rest.json({
            method: 'POST',
            path: `${this.deploymentPath(endpoint, name)}/getLogs`,
            resource: this.resource,
            body: request,
            doing: `Reading the logs of deployment '${name}' of ${this.kind} endpoint '${endpoint}'`,
        }),
    };
    lroOptions(options) {
        return { intervalMs: options.intervalMs ?? this.ml.pollIntervalMs, abortSignal: options.abortSignal };
    }
}


/***/ })

};
