// Site-wide data: the title and the navigation, in reading order.
export default {
  title: 'Introserv Kit',
  // Origins the live examples may call besides the site itself: a local sandbox by default; a host that
  // names another sandbox in introserv-config.json builds with INTROSERV_DOCS_CONNECT_SRC set to its origin.
  connectSrc: process.env.INTROSERV_DOCS_CONNECT_SRC ?? 'http://127.0.0.1:* http://localhost:*',
  description:
    'An embeddable TypeScript SDK, web components and a reference server for the Introserv billing customer panel.',
  nav: [
    {
      title: 'Start',
      items: [
        { title: 'Overview', url: '/' },
        { title: 'Getting started', url: '/getting-started/' },
        { title: 'Examples', url: '/examples/' },
        { title: 'The sandbox', url: '/sandbox/' },
      ],
    },
    {
      title: 'Guides',
      items: [
        { title: 'Theming', url: '/guides/theming/' },
        { title: 'Adding a locale', url: '/guides/locales/' },
        { title: 'Security', url: '/guides/security/' },
        { title: 'The SDK', url: '/guides/sdk/' },
        { title: 'React', url: '/guides/react/' },
      ],
    },
    {
      title: 'Reference',
      items: [
        { title: 'Elements', url: '/components/' },
        { title: 'HTTP API', url: '/api/' },
      ],
    },
  ],
};
