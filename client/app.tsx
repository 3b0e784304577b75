import { Navigate, Route, Router } from '@solidjs/router';
import { lazy, type JSX } from 'solid-js';
import Home from './routes/home';
import { guarded } from './routes/auth/guard';
import { Layout } from './shell/layout';

// Secondary screens load on demand; the service worker precaches their chunks for offline use.
const Settings = lazy(() => import('./routes/auth/settings-page'));
const Lookup = lazy(() => import('./routes/lookup'));
const NotFound = lazy(() => import('./routes/not-found'));
const SignIn = lazy(() => import('./routes/auth/signin'));
const SignOut = lazy(() => import('./routes/auth/signout'));
const PinSetup = lazy(() => import('./routes/auth/pin-setup'));
// Officer screens: only with a session and a PIN (auth/access.ts R2), /admin for administrators (R3).
const DossierList = guarded(lazy(() => import('./routes/dossiers/list')));
const NewDossier = guarded(lazy(() => import('./routes/dossiers/new')));
const DossierDetail = guarded(lazy(() => import('./routes/dossiers/detail')));
const Receipt = guarded(lazy(() => import('./routes/receipt/receipt-page')));
const Slip = guarded(lazy(() => import('./routes/receipt/slip-page')));
const ProcessingInbox = guarded(lazy(() => import('./routes/processing/inbox')));
const LateDossiers = guarded(lazy(() => import('./routes/processing/late')));
const Queue = guarded(lazy(() => import('./routes/queue/queue-page')));
const Devices = guarded(lazy(() => import('./routes/auth/devices')));
const AdminUsers = guarded(lazy(() => import('./routes/admin/users')));

export function App(): JSX.Element {
  return (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/settings" component={Settings} />
      <Route path="/lookup" component={Lookup} />
      <Route path="/signin" component={SignIn} />
      <Route path="/signout" component={SignOut} />
      <Route path="/pin/setup" component={PinSetup} />
      <Route path="/dossiers" component={DossierList} />
      <Route path="/dossiers/new" component={NewDossier} />
      <Route path="/dossiers/:id" component={DossierDetail} />
      <Route path="/dossiers/:id/receipt" component={Receipt} />
      <Route path="/dossiers/:id/slip/:template" component={Slip} />
      <Route path="/processing" component={ProcessingInbox} />
      <Route path="/processing/late" component={LateDossiers} />
      <Route path="/queue" component={Queue} />
      <Route path="/devices" component={Devices} />
      <Route path="/admin" component={() => <Navigate href="/admin/users" />} />
      <Route path="/admin/users" component={AdminUsers} />
      <Route path="*" component={NotFound} />
    </Router>
  );
}
