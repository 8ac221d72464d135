export const id = 418;
export const ids = [418];
export const modules = {

/***/ 1418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ClientNodeKubeClient: () => (/* binding */ ClientNodeKubeClient),
/* harmony export */   KubeApiError: () => (/* reexport safe */ _kube_api_error_js__WEBPACK_IMPORTED_MODULE_1__.W),
/* harmony export */   toKubeApiError: () => (/* binding */ toKubeApiError)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71943);
/* harmony import */ var _kube_api_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48082);
/**
 * Everything the deploy needs from the API server, behind one interface that tests can replace.
 * The implementation uses @kubernetes/client-node in process: no kubectl binary to find or version-match,
 * typed errors instead of parsed stderr, and the kubeconfig's auth (tokens, client certs, exec plugins)
 * handled the way kubectl handles it.
 * client-node is most of the k8s-deploy bundle: only deploy.ts's `openCluster` imports this module (and
 * kubeconfig.ts), at run time, so a dry run or a step that fails on its inputs never loads it. Other modules
 * import only its types, and `KubeApiError` from kube-api-error.ts.
 */



function parseStatusBody(body) {
    if (typeof body === 'object' && body !== null)
        return body;
    try {
        return JSON.parse(String(body));
    }
    catch {
        return { message: String(body) };
    }
}
/** Turns client-node's ApiException (whose message is a dump of headers) into the API's own reason and message. */
function toKubeApiError(error) {
    if (!(error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4))
        return error;
    const status = parseStatusBody(error.body);
    return new _kube_api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W(error.code, status.reason ?? 'Unknown', status.message ?? `HTTP ${error.code}`);
}
async function call(request) {
    try {
        return await request();
    }
    catch (error) {
        throw toKubeApiError(error);
    }
}
class ClientNodeKubeClient {
    objects;
    apps;
    core;
    constructor(config) {
        this.objects = _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubernetesObjectApi */ .e1Y.makeApiClient(config);
        this.apps = config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .AppsV1Api */ .eY6);
        this.core = config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y);
    }
    async apply(object, options) {
        const body = object;
        const dryRun = options.dryRun ? 'All' : undefined;
        const applied = await call(() => this.objects.patch(body, undefined, dryRun, options.fieldManager, options.force, _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.ServerSideApply));
        return applied;
    }
    async get(ref) {
        const header = {
            apiVersion: ref.apiVersion,
            kind: ref.kind,
            metadata: { name: ref.name, namespace: ref.namespace },
        };
        try {
            return (await call(() => this.objects.read(header)));
        }
        catch (error) {
            if (error instanceof _kube_api_error_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async listPods(namespace, labelSelector) {
        const list = await call(() => this.core.listNamespacedPod({ namespace, labelSelector }));
        return list.items;
    }
    async listReplicaSets(namespace, labelSelector) {
        const list = await call(() => this.apps.listNamespacedReplicaSet({ namespace, labelSelector }));
        return list.items;
    }
    async listEvents(namespace, involvedObjectName) {
        const fieldSelector = `involvedObject.name=${involvedObjectName}`;
        const list = await call(() => this.core.listNamespacedEvent({ namespace, fieldSelector }));
        return list.items;
    }
    async podLog(namespace, pod, container, tailLines) {
        return call(() => this.core.readNamespacedPodLog({ namespace, name: pod, container, previous: true, tailLines }));
    }
}


/***/ })

};
