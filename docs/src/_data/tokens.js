// The design tokens with their light and dark values (see scripts/tokens.mjs).
import { readTokens } from '../../scripts/tokens.mjs';

export default function () {
  return readTokens();
}
