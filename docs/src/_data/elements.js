// The element reference, read from packages/elements/custom-elements.json (see scripts/manifest.mjs).
import { readElements } from '../../scripts/manifest.mjs';

export default function () {
  return readElements();
}
