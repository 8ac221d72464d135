export const id = 716;
export const ids = [716];
export const modules = {

/***/ 7716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ASSET_NAME_PATTERN: () => (/* binding */ ASSET_NAME_PATTERN),
/* harmony export */   ASSET_VERSION_PATTERN: () => (/* binding */ ASSET_VERSION_PATTERN),
/* harmony export */   keyLocation: () => (/* binding */ keyLocation),
/* harmony export */   loadAssetFiles: () => (/* binding */ loadAssetFiles)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6677);
/* harmony import */ var _pipeline_environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2664);
/* harmony import */ var _pipeline_steps_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5858);
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7054);
/* harmony import */ var _yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(463);
/**
 * Reads every environment and component file of a registration and checks them all before anything is
 * sent: each problem (syntax, schema, missing code folder, unnamed asset, a name used twice) is collected
 * with its file and line, and one ValidationError carries them all.
 */





/** ARM's rule for asset names (the service refuses others). */
const ASSET_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/**
 * What an asset version can never be: it is a segment of the version's ARM id (`.../versions/{version}`), so
 * empty, blank, `.`/`..`, or holding a space, a control character or one of `/ \ ? # %` would change the
 * path or be refused only after other assets were written.
 */
const ASSET_VERSION_PATTERN = /^(?!\.{1,2}$)[^\s/\\?#%\p{Cc}]{1,255}$/u;
async function loadAssetFiles(files) {
    const problems = new _yaml_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .Problems */ .Zw();
    const environments = await loadAll(files.environments, _pipeline_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .loadEnvironmentFile */ .CQ, problems);
    const components = await loadAll(files.components, _pipeline_steps_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadAnyComponentFile */ .qT, problems);
    checkNames('environment', environments, problems);
    checkNames('component', components, problems);
    checkVersions([...environments, ...components], problems);
    problems.throwIfAny(`${problems.list.length} problem(s) in the asset files; nothing was registered`);
    return { environments, components };
}
async function loadAll(paths, load, problems) {
    const loaded = [];
    for (const file of [...new Set(paths)]) {
        try {
            loaded.push({ file, value: await load(file), versionLoc: await versionLocation(file) });
        }
        catch (error) {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI)
                problems.merge(error.problems);
            else if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                problems.add(error.message, error.location ?? { file });
            else
                problems.add(`cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`, { file });
        }
    }
    return loaded;
}
function versionLocation(file) {
    return keyLocation(file, 'version');
}
/** Where a top-level key's value is written in a YAML file (the file's first line when it is absent). */
async function keyLocation(file, key) {
    const yaml = await (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYamlFile */ .Y3)(file);
    const entry = yaml.root.kind === 'map' ? (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_3__/* .entryOf */ .Ms)(yaml.root, key) : undefined;
    return entry?.value.loc ?? { file, line: 1 };
}
/** A registered asset needs a valid name, and one file per name: two would fight over its versions. */
function checkNames(kind, files, problems) {
    const byName = new Map();
    for (const { file, value } of files) {
        if (value.name === undefined) {
            problems.add(`${kind === 'environment' ? 'an' : 'a'} ${kind} registered from its own file needs a 'name'`, value.loc);
            continue;
        }
        if (!ASSET_NAME_PATTERN.test(value.name)) {
            problems.add(`${kind} name '${value.name}' is not valid: start with a letter or digit; letters, digits, '-' and '_' only`, value.loc);
        }
        const key = value.name.toLowerCase();
        const first = byName.get(key);
        if (first)
            problems.add(`${kind} '${value.name}' is also defined in ${first}; register each name from one file`, value.loc);
        else
            byName.set(key, file);
    }
}
/**
 * A `version:` written in a file is a segment of the asset's id: an empty or malformed one would only be
 * refused by the service, after the other assets of the run were written.
 */
function checkVersions(files, problems) {
    for (const { value, versionLoc } of files) {
        if (value.version === undefined || ASSET_VERSION_PATTERN.test(value.version))
            continue;
        problems.add(`version '${value.version}' is not valid: a version is a part of the asset's id, so it cannot be empty or ` +
            "hold spaces or '/', '\\', '?', '#', '%' (leave version out to have one chosen)", versionLoc);
    }
}


/***/ })

};
