export const id = 212;
export const ids = [212];
export const modules = {

/***/ 5212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readBackend: () => (/* binding */ readBackend)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4116);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4451);
/* harmony import */ var _azure_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4725);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9358);





/**
 * The `backend` input as the one `Backend` every entry calls: the Azure ML workspace (signed in on first use)
 * or this runner with the local workspace folder (`local-workspace`, created when absent).
 *
 * This is the start-up seam (docs/architecture.md, "Start-up"): each backend is imported here, when chosen, so
 * a bundle loads the Azure SDKs only for `azure` and the local runner only for `local`, and a step that fails
 * on its inputs loads neither. Entries call it after reading and validating their inputs.
 */
async function readBackend() {
    const choice = (0,_shared_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChoice */ .HU)('backend', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('backend'), ['azure', 'local'], 'azure');
    if (choice === 'azure') {
        const sessionOptions = (0,_azure_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readSessionOptions */ .t)();
        const { AzureBackend } = await Promise.all(/* import() */[__webpack_require__.e(869), __webpack_require__.e(379), __webpack_require__.e(952), __webpack_require__.e(991), __webpack_require__.e(410), __webpack_require__.e(247), __webpack_require__.e(454), __webpack_require__.e(195), __webpack_require__.e(953), __webpack_require__.e(540), __webpack_require__.e(490)]).then(__webpack_require__.bind(__webpack_require__, 490));
        return new AzureBackend(sessionOptions);
    }
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('local-workspace') || '.mlops');
    const [{ LocalBackend }, { LocalWorkspace }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(869), __webpack_require__.e(379), __webpack_require__.e(952), __webpack_require__.e(991), __webpack_require__.e(410), __webpack_require__.e(247), __webpack_require__.e(454), __webpack_require__.e(195), __webpack_require__.e(953), __webpack_require__.e(540), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 2031)),
        Promise.all(/* import() */[__webpack_require__.e(869), __webpack_require__.e(379), __webpack_require__.e(952), __webpack_require__.e(410), __webpack_require__.e(247), __webpack_require__.e(454)]).then(__webpack_require__.bind(__webpack_require__, 8454)),
    ]);
    (0,_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .coreLogger */ .W)().info(`Backend: local (workspace ${root}).`);
    return new LocalBackend(await LocalWorkspace.open(root), (0,_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .coreLogger */ .W)());
}


/***/ })

};
