import { lazy, Suspense, useEffect, useRef } from 'react';
import { Loading } from '../components/Feedback.js';
import { Layout } from '../components/Layout.js';
import { I18nProvider } from '../i18n/i18n.js';
import { MeasureDetailPage } from '../pages/MeasureDetailPage.js';
import { MeasureListPage } from '../pages/MeasureListPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { OverviewPage } from '../pages/OverviewPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import type { Location } from './routes.js';
import { SessionProvider } from './session-context.js';
import { useLocation } from './use-location.js';
import { useDocumentMeta } from './use-document-meta.js';
import { CreditProjectPage } from '../pages/credits/CreditProjectPage.js';
import { CreditsPage } from '../pages/credits/CreditsPage.js';

// The signed-in pages are a separate chunk: the public never downloads them.
const RoundsPage = lazy(() =>
  import('../pages/RoundsPage.js').then((m) => ({ default: m.RoundsPage })),
);
const RoundPage = lazy(() =>
  import('../pages/RoundPage.js').then((m) => ({ default: m.RoundPage })),
);
const SubmissionPage = lazy(() =>
  import('../pages/submission/SubmissionPage.js').then((m) => ({ default: m.SubmissionPage })),
);
// Download pages (report-downloads): small, and not needed before someone opens them.
const ReportsPage = lazy(() =>
  import('../pages/ReportsPage.js').then((m) => ({ default: m.ReportsPage })),
);
const OpenDataPage = lazy(() =>
  import('../pages/OpenDataPage.js').then((m) => ({ default: m.OpenDataPage })),
);
// The emissions page brings its own tables and charts; only its readers download it.
const EmissionsPage = lazy(() =>
  import('../pages/emissions/EmissionsPage.js').then((m) => ({ default: m.EmissionsPage })),
);
// The committee's pages (推動會): one chunk, for those who open them.
const committeePage = <K extends keyof typeof import('../pages/committee/pages.js')>(name: K) =>
  lazy(() => import('../pages/committee/pages.js').then((m) => ({ default: m[name] })));
const CommitteePage = committeePage('CommitteePage');
// Registries (登錄清冊)
const RegistriesPage = lazy(() =>
  import('../pages/registries/RegistriesPage.js').then((m) => ({ default: m.RegistriesPage })),
);
const RegistryPage = lazy(() =>
  import('../pages/registries/RegistryPage.js').then((m) => ({ default: m.RegistryPage })),
);
const MinutesPage = committeePage('MinutesPage');
const SecretariatPage = committeePage('SecretariatPage');
const MeetingWorkPage = committeePage('MeetingWorkPage');
const RepliesPage = committeePage('RepliesPage');
const CommentPage = committeePage('CommentPage');
// The sustainability indicators' pages: one chunk.
const indicatorPage = <K extends keyof typeof import('../pages/indicators/pages.js')>(name: K) =>
  lazy(() => import('../pages/indicators/pages.js').then((m) => ({ default: m[name] })));
const IndicatorListPage = indicatorPage('IndicatorListPage');
const IndicatorPage = indicatorPage('IndicatorPage');
const UsersPage = lazy(() =>
  import('../pages/UsersPage.js').then((m) => ({ default: m.UsersPage })),
);

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Pages />
      </SessionProvider>
    </I18nProvider>
  );
}

function Pages() {
  const location = useLocation();
  const { route } = location;
  useFocusOnPageChange(route.page);
  useDocumentMeta(route);
  return (
    <Layout route={route}>
      <Suspense fallback={<Loading />}>
        <Page location={location} />
      </Suspense>
    </Layout>
  );
}

function Page({ location: { route, query } }: { location: Location }) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage query={query} />;
    case 'measures':
      return <MeasureListPage query={query} />;
    case 'measure':
      return <MeasureDetailPage sector={route.sector} no={route.no} query={query} />;
    case 'signIn':
      return <SignInPage />;
    case 'rounds':
      return <RoundsPage />;
    case 'round':
      return <RoundPage id={route.id} />;
    case 'submission':
      return <SubmissionPage id={route.id} sector={route.sector} no={route.no} />;
    case 'users':
      return <UsersPage />;
    case 'emissions':
      return <EmissionsPage query={query} />;
    case 'reports':
      return <ReportsPage />;
    case 'openData':
      return <OpenDataPage query={query} />;
    case 'committee':
      return <CommitteePage query={query} />;
    case 'minutes':
      return <MinutesPage meeting={route.meeting} query={query} />;
    case 'committeeSecretariat':
      return <SecretariatPage />;
    case 'committeeMeeting':
      return <MeetingWorkPage meeting={route.meeting} />;
    case 'committeeReplies':
      return <RepliesPage />;
    case 'committeeComment':
      return <CommentPage />;
    case 'indicators':
      return <IndicatorListPage query={query} />;
    case 'indicator':
      return <IndicatorPage code={route.code} query={query} />;
    case 'registries':
      return <RegistriesPage query={query} />;
    case 'registry':
      return <RegistryPage kind={route.kind} query={query} />;
    case 'credits':
      return <CreditsPage query={query} />;
    case 'creditProject':
      return <CreditProjectPage project={route.project} query={query} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** A new page moves keyboard and screen-reader focus to the main region, as a page load would. */
function useFocusOnPageChange(page: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [page]);
}
