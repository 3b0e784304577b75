import { Route, Router } from '@solidjs/router';
import { lazy, type JSX } from 'solid-js';
import Home from './routes/home';
import { Layout } from './shell/layout';

// Secondary screens load on demand; the service worker precaches their chunks for offline use.
const Settings = lazy(() => import('./routes/settings'));
const Lookup = lazy(() => import('./routes/lookup'));
const NotFound = lazy(() => import('./routes/not-found'));

export function App(): JSX.Element {
  return (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/settings" component={Settings} />
      <Route path="/lookup" component={Lookup} />
      <Route path="*" component={NotFound} />
    </Router>
  );
}
