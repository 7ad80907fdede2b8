// The HTML of one live example: its markup in an inert <template> that assets/live.js stamps once the
// sandbox is ready (data-session says whether to sign in as demo first), and optionally the sandbox outbox.
// Returned on one line so Markdown pages can hold it without turning indented lines into code blocks.
const escapeAttribute = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export function demoHtml(id, options = {}) {
  const session = options.session ?? 'signed-in';
  const locale = options.locale ?? 'en';
  const provider = [
    `<introserv-provider locale="${escapeAttribute(locale)}"${
      options.providerAttributes ? ` ${options.providerAttributes}` : ''
    }>`,
    options.html ?? '',
    `</introserv-provider>`,
  ].join('');
  const stage =
    `<div class="demo-stage" data-demo-stage><p class="demo-loading">Starting the sandbox…</p></div>` +
    `<template data-demo-template>${provider}</template>`;
  const outbox = options.outbox
    ? [
        `<aside class="outbox" data-outbox aria-label="Sandbox outbox">`,
        `<h3 class="outbox-title">Sandbox outbox</h3>`,
        `<p class="outbox-hint">Every email, SMS and call the real system would send, newest first.</p>`,
        `<button type="button" class="button button--small" data-outbox-refresh>Refresh</button>`,
        `<ol class="outbox-list" data-outbox-list aria-live="polite"></ol>`,
        `</aside>`,
      ].join('')
    : '';
  const classes = ['demo', options.outbox ? 'demo--with-outbox' : '', options.className ?? '']
    .filter(Boolean)
    .join(' ');
  return `<div class="${classes}" data-demo="${escapeAttribute(id)}" data-session="${escapeAttribute(
    session,
  )}">${stage}${outbox}</div>`;
}
