export const id = 473;
export const ids = [473];
export const modules = {

/***/ 69473:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DefaultArtifactClient: () => (/* binding */ DefaultArtifactClient)
/* harmony export */ });
/* unused harmony exports ArtifactNotFoundError, FilesNotFoundError, GHESNotSupportedError, InvalidResponseError, NetworkError, UsageError */
/* harmony import */ var _http_client_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65285);
// Bundled in place of `@actions/artifact` (tsconfig.json "paths"; see scripts/build.mjs): the real package, imported
// once the real @actions/http-client is loaded. In a bundle `@actions/http-client` is scripts/stubs/http-client.mjs,
// which loads the client on the first request; but @actions/artifact imports @actions/github, which asks the client
// for proxy agents (synchronously) while it loads. Both are chunks, loaded on the first upload.
// __tests__/repo/bundle-startup.test.ts checks that this exports everything the package does.

await (0,_http_client_mjs__WEBPACK_IMPORTED_MODULE_0__/* .loadHttpClient */ .w)();
// Imported only now: a static import would be evaluated before the await above.
const artifact = await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(393), __webpack_require__.e(752), __webpack_require__.e(94)]).then(__webpack_require__.bind(__webpack_require__, 40094));
const { ArtifactNotFoundError, DefaultArtifactClient, FilesNotFoundError, GHESNotSupportedError, InvalidResponseError, NetworkError, UsageError, } = artifact;
/* unused harmony default export */ var __WEBPACK_DEFAULT_EXPORT__ = (artifact.default);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
