import { Route, Router } from '@solidjs/router';
import { lazy, type JSX } from 'solid-js';
import Home from './routes/home';
import { Layout } from './shell/layout';

// Secondary screens load on demand; the service worker precaches their chunks for offline use.
const Settings = lazy(() => import('./routes/settings'));
const Lookup = lazy(() => import('./routes/lookup'));
const NotFound = lazy(() => import('./routes/not-found'));
const DossierList = lazy(() => import('./routes/dossiers/list'));
const NewDossier = lazy(() => import('./routes/dossiers/new'));
const DossierDetail = lazy(() => import('./routes/dossiers/detail'));

export function App(): JSX.Element {
  return (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/settings" component={Settings} />
      <Route path="/lookup" component={Lookup} />
      <Route path="/dossiers" component={DossierList} />
      <Route path="/dossiers/new" component={NewDossier} />
      <Route path="/dossiers/:id" component={DossierDetail} />
      <Route path="*" component={NotFound} />
    </Router>
  );
}
