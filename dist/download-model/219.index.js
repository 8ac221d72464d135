export const id = 219;
export const ids = [219];
export const modules = {

/***/ 61219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ open)
/* harmony export */ });
// Bundled in place of the `open` package (tsconfig.json "paths"; see scripts/build.mjs). @azure/identity reaches
// `open` only from InteractiveBrowserCredential, which no action uses: a runner has no browser to open.
function open() {
  throw new Error('Interactive browser sign-in is not available in these actions: sign in with OIDC or creds.');
}


/***/ })

};
