// Where this example's API is. A real app passes `apiBase="https://api.example.com"` to the provider.
// Here: the sandbox the host names in introserv-config.json at the site's root (`npm start` names its Node
// sandbox), or else — on a plain static host — the reference sandbox running inside the page (docs' bundle).
import type { IntroservCore } from '@introserv/sdk/core';

export type Api =
  { kind: 'url'; apiBase: string; label: string } | { kind: 'client'; client: IntroservCore; label: string };

interface DemoModule {
  browserBackend(options: { wasmUrl: URL }): Promise<unknown>;
  createDemoClient(backend: unknown): IntroservCore;
  wasmUrl: URL;
}

export async function connectApi(): Promise<Api> {
  const config = (await fetch(new URL('../../introserv-config.json', document.baseURI), { cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null)) as { sandboxUrl?: string } | null;
  if (config?.sandboxUrl)
    return { kind: 'url', apiBase: config.sandboxUrl, label: `sandbox at ${config.sandboxUrl}` };
  const moduleUrl = new URL('../../assets/sandbox.js', document.baseURI).href;
  const demo = (await import(/* @vite-ignore */ moduleUrl)) as DemoModule;
  const backend = await demo.browserBackend({ wasmUrl: demo.wasmUrl });
  return { kind: 'client', client: demo.createDemoClient(backend), label: 'the sandbox inside this page' };
}
