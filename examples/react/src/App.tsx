import { useState } from 'react';
import {
  IntroservBilling,
  IntroservLogin,
  IntroservNotifications,
  IntroservOrderForm,
  IntroservOrders,
  IntroservProfile,
  IntroservProvider,
  IntroservSecurity,
} from '@introserv/elements/react';
import type { Api } from './api.js';

const TABS = [
  { id: 'orders', label: 'Orders' },
  { id: 'new-order', label: 'New order' },
  { id: 'billing', label: 'Billing' },
  { id: 'profile', label: 'Profile' },
  { id: 'security', label: 'Security' },
  { id: 'notifications', label: 'Notifications' },
] as const;
type Tab = (typeof TABS)[number]['id'];

export function App({ api }: { api: Api }) {
  const [signedIn, setSignedIn] = useState(false);
  const [tab, setTab] = useState<Tab>('orders');
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [line, ...lines].slice(0, 6));

  return (
    <div className="app">
      <header className="app-header">
        <h1>My hosting account</h1>
        <p className="api">API: {api.label}</p>
      </header>
      <IntroservProvider
        locale="en"
        {...(api.kind === 'url' ? { apiBase: api.apiBase } : { client: api.client })}
        onSessionChanged={(event) => setSignedIn(event.detail.signedIn)}
        onSessionExpired={() => setSignedIn(false)}
      >
        {!signedIn ? (
          <section aria-label="Sign in">
            <p>
              Sign in as <strong>demo</strong> with the password <strong>demo-password-2026</strong>.
            </p>
            <IntroservLogin />
          </section>
        ) : (
          <section aria-label="Account">
            <nav className="tabs" aria-label="Account sections">
              {TABS.map(({ id, label }) => (
                <button key={id} type="button" aria-pressed={tab === id} onClick={() => setTab(id)}>
                  {label}
                </button>
              ))}
            </nav>
            {tab === 'orders' && (
              <IntroservOrders
                onOrderRenewed={(event) => note(`Renewed: ${JSON.stringify(event.detail)}`)}
                onOrderCancelled={(event) => note(`Cancelled: ${JSON.stringify(event.detail)}`)}
                onOrderPlanChanged={(event) => note(`Plan changed: ${JSON.stringify(event.detail)}`)}
              />
            )}
            {tab === 'new-order' && (
              <IntroservOrderForm
                onOrderCreated={(event) => {
                  note(`Order created: ${JSON.stringify(event.detail)}`);
                  setTab('orders');
                }}
              />
            )}
            {tab === 'billing' && <IntroservBilling />}
            {tab === 'profile' && <IntroservProfile onProfileSaved={() => note('Profile saved')} />}
            {tab === 'security' && <IntroservSecurity />}
            {tab === 'notifications' && (
              <IntroservNotifications onNotificationsSaved={() => note('Notification settings saved')} />
            )}
          </section>
        )}
      </IntroservProvider>
      {log.length > 0 && (
        <section className="log" aria-label="Events received">
          <h2>Events received by React</h2>
          <ul>
            {log.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
