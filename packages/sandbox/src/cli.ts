#!/usr/bin/env node
/** introserv-sandbox: serves the reference server over HTTP. `introserv-sandbox --help` lists the options. */
import { HELP, parseCliOptions } from './cli-options.js';
import { serve } from './node.js';

const parsed = parseCliOptions(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`introserv-sandbox: ${parsed.error}\n\n${HELP}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(HELP);
  process.exit(0);
}
const options = parsed.options;

try {
  const running = await serve(options);
  const accounts = running.sandbox.db.all<{ login: string }>('SELECT login FROM accounts ORDER BY login');
  const lines = [
    `Introserv sandbox listening on ${running.url}`,
    `  database: ${options.file}${options.reset ? ' (reset)' : ''}`,
    `  accounts: ${accounts.length ? accounts.map((a) => a.login).join(', ') : 'none'}` +
      (accounts.some((a) => a.login === 'demo')
        ? ' (demo / demo-password-2026, acme / acme-password-2026)'
        : ''),
  ];
  if (options.faults) lines.push(`  faults: ${options.faults}`);
  if (options.autoSettle) lines.push('  payments settle at once');
  console.log(lines.join('\n'));
  const stop = () => {
    void running.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') {
    console.error(`introserv-sandbox: port ${options.port} on ${options.host} is already in use`);
    process.exit(2);
  }
  throw err;
}
