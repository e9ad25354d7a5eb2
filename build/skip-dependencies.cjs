// electron-builder `beforeBuild` hook. main.cjs and preload.cjs are self-contained bundles and
// the renderer is a static build, so the packaged app needs no node_modules; returning false
// stops electron-builder from rebuilding native modules (better-sqlite3 belongs to the centre)
// and from copying dependencies into app.asar.
exports.default = async function skipDependencies() {
  return false;
};
