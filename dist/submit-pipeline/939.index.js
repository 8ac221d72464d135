export const id = 939;
export const ids = [939];
export const modules = {

/***/ 7939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMapInput: () => (/* binding */ parseMapInput)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6677);


// Apart from shared/core/inputs.ts: the YAML parser is only loaded by an action that takes a map input, so that
// the others read and check their inputs without it (README "Start-up").
/** Parses a YAML (or JSON) map input, e.g. pipeline input overrides; names the input when it is not a map. */
function parseMapInput(input, text) {
    if (!text.trim())
        return {};
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}' is not valid YAML or JSON: ${error.message.split('\n')[0]}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${input}' must be a map of names to values, e.g. \`epochs: 1\`.`);
    }
    return value;
}


/***/ })

};
