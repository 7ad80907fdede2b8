import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { connectApi } from './api.js';
import './app.css';

const root = createRoot(document.getElementById('root')!);
connectApi()
  .then((api) =>
    root.render(
      <StrictMode>
        <App api={api} />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    console.error(error);
    root.render(<p role="alert">The API could not be reached.</p>);
  });
