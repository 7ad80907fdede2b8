// Eleventy configuration of the Introserv Kit docs site.
// Every link is relative (the `rel` filter) so the built _site works from any static host and any path.
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildAssets } from './scripts/assets.mjs';
import { demoHtml } from './scripts/demo.mjs';

/** Relative URL from the page at `from` (an Eleventy page.url) to the site path `target`. */
export function relativeUrl(target, from) {
  if (!target || /^[a-z]+:/i.test(target) || target.startsWith('#')) return target;
  const hashAt = target.search(/[#?]/);
  const suffix = hashAt >= 0 ? target.slice(hashAt) : '';
  const pathname = hashAt >= 0 ? target.slice(0, hashAt) : target;
  const fromDir = from.endsWith('/') ? from : from.slice(0, from.lastIndexOf('/') + 1);
  let result = path.posix.relative(fromDir, pathname);
  if (pathname.endsWith('/') && result !== '') result += '/';
  if (result === '') result = './';
  return result + suffix;
}

/** React prop name of an element event: introserv-order-created → onOrderCreated. */
export function reactEventProp(eventName) {
  const words = eventName.replace(/^introserv-/, '').split('-');
  return 'on' + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

const requireFromEleventy = createRequire(createRequire(import.meta.url).resolve('@11ty/eleventy'));
const MarkdownIt = requireFromEleventy('markdown-it');
const markdown = new MarkdownIt({ html: false, linkify: false });

export default function (eleventyConfig) {
  eleventyConfig.addFilter('reactEventProp', reactEventProp);
  eleventyConfig.addShortcode('demo', demoHtml);
  eleventyConfig.addFilter('markdown', (value) => (value ? markdown.render(String(value)) : ''));
  eleventyConfig.addFilter('markdownInline', (value) => (value ? markdown.renderInline(String(value)) : ''));
  eleventyConfig.addFilter('rel', relativeUrl);
  eleventyConfig.addFilter('json', (value) => JSON.stringify(value, null, 2));
  eleventyConfig.addPassthroughCopy({ 'src/assets/site.css': 'assets/site.css' });
  eleventyConfig.addPassthroughCopy({ 'src/assets/favicon.svg': 'assets/favicon.svg' });
  eleventyConfig.addWatchTarget('src/live/');
  eleventyConfig.on('eleventy.before', async ({ directories }) => {
    await buildAssets(path.resolve(directories.output));
  });
  return {
    dir: { input: 'src', output: '_site', includes: '_includes', data: '_data' },
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
    templateFormats: ['md', 'njk'],
  };
}
