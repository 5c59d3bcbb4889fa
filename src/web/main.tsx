import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './app-routes';
import { sessionQuery } from './features/auth/session';
import { I18nProvider } from './i18n/i18n-provider';
import { createQueryClient } from './query-client';
import { cssVariablesResolver, theme } from './theme';

const queryClient = createQueryClient();
// Ask who is signed in while the page's code is still starting up.
void queryClient.prefetchQuery(sessionQuery);
const router = createBrowserRouter(routes);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <I18nProvider>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nProvider>
  </StrictMode>,
);
