// The analyzer must not rewrite package.json's `customElements` field (it points at ./custom-elements.json,
// the manifest the build writes); other runs into a cache directory would otherwise repoint it.
export default {
  packagejson: false,
};
