import { configureLocalization } from '@lit/localize';

/** English is the source: its strings live in the code (`msg('Save', {id: 'common.save'})`). */
export const sourceLocale = 'en';
/** Every other locale is a lazily loaded module of templates (src/i18n/<locale>/index.ts). */
export const targetLocales = ['fr'] as const;
export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];

const loaders: Record<(typeof targetLocales)[number], () => Promise<{ templates: object }>> = {
  fr: () => import('./fr/index.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as (typeof targetLocales)[number]]() as never,
});

/** Maps any BCP 47 tag (`fr-CA`, `en-GB`) to a catalogue we ship. */
export function catalogueFor(locale: string | undefined): SupportedLocale {
  const base = (locale ?? '').toLowerCase().split('-')[0];
  return (targetLocales as readonly string[]).includes(base ?? '') ? (base as SupportedLocale) : sourceLocale;
}

/** Switches the message catalogue; elements decorated with @localized() re-render when it is loaded. */
export async function useLocale(locale: string | undefined): Promise<void> {
  const target = catalogueFor(locale);
  if (getLocale() !== target) await setLocale(target);
}

export { getLocale };
