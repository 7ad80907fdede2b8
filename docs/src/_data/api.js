// The HTTP API reference, read from packages/sdk/openapi/introserv.yaml (see scripts/contract.mjs).
import { readApi } from '../../scripts/contract.mjs';

export default function () {
  return readApi();
}
