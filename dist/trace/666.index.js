export const id = 666;
export const ids = [666];
export const modules = {

/***/ 32666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadKubeconfig: () => (/* binding */ loadKubeconfig)
/* harmony export */ });
/* unused harmony exports findExecutable, checkExecPlugin */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71943);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46677);
/**
 * Loads the kubeconfig written by azure/k8s-set-context or azure/aks-set-context and checks, before any
 * request, that the credentials in it can work unattended: an exec plugin (kubelogin) must be on PATH and
 * must not wait for a device-code login that nobody will complete in CI (Azure/k8s-deploy#239).
 */





async function isExecutable(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK).then(() => true, () => false);
}
/** Resolves an exec plugin command as kubectl does: a path relative to the kubeconfig, else a PATH lookup. */
async function findExecutable(command, searchPath, configDir) {
    if (command.includes('/')) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(configDir, command);
        return (await isExecutable(file)) ? file : undefined;
    }
    for (const dir of searchPath.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter)).filter(Boolean)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, command);
        if (await isExecutable(file))
            return file;
    }
    return undefined;
}
/** kubelogin's default login mode is an interactive device code, which hangs a CI job until it times out. */
function waitsForDeviceCode(plugin) {
    if (node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(plugin.command) !== 'kubelogin')
        return false;
    const args = plugin.args ?? [];
    const flag = args.findIndex((a) => a === '--login' || a === '-l');
    const inline = args.find((a) => a.startsWith('--login=') || a.startsWith('-l='));
    const fromEnv = plugin.env?.find((e) => e.name === 'AAD_LOGIN_METHOD')?.value;
    const mode = inline?.split('=')[1] ?? (flag >= 0 ? args[flag + 1] : undefined) ?? fromEnv ?? 'devicecode';
    return mode === 'devicecode';
}
async function checkExecPlugin(plugin, user, searchPath, configDir) {
    const found = await findExecutable(plugin.command, searchPath, configDir);
    if (!found) {
        const hint = plugin.installHint?.trim() ||
            (node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(plugin.command) === 'kubelogin'
                ? 'Add the azure/use-kubelogin step before this one.'
                : 'Install it in an earlier step.');
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The kubeconfig user '${user}' authenticates with the exec plugin '${plugin.command}', which is not on PATH. ${hint}`);
    }
    if (waitsForDeviceCode(plugin)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The kubeconfig user '${user}' runs kubelogin in devicecode mode, which waits for an interactive login. ` +
            'Run `kubelogin convert-kubeconfig -l azurecli` (after azure/login) or `-l workloadidentity` first.');
    }
}
/** Loads the kubeconfig, masks its secrets, and checks its exec plugin; no request is made. */
async function loadKubeconfig(source, log, searchPath) {
    const content = 'content' in source ? source.content : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(source.file, 'utf8').catch(() => undefined);
    if (content === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`No kubeconfig at '${'file' in source ? source.file : ''}'. Run azure/aks-set-context or azure/k8s-set-context first, or set the 'kubeconfig' input.`);
    }
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    try {
        config.loadFromString(content);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The kubeconfig cannot be read: ${error.message}`);
    }
    const user = config.getCurrentUser();
    const cluster = config.getCurrentCluster();
    if (!cluster)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The kubeconfig has no cluster for its current context '${config.getCurrentContext()}'.`);
    for (const secret of [user?.token, user?.password, user?.keyData])
        if (secret)
            log.secret(secret);
    if (user?.exec) {
        const configDir = 'file' in source ? node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(source.file)) : process.cwd();
        await checkExecPlugin(user.exec, user.name, searchPath, configDir);
    }
    const namespace = config.getContextObject(config.getCurrentContext())?.namespace || 'default';
    return { config, namespace, server: cluster.server };
}


/***/ })

};
