import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { PortalLayout } from '../features/shell/components/portal-layout';
import { ConsoleLayout } from '../features/shell/components/console-layout';
import { HomePage } from './routes/portal/home';
import { GuidePage } from './routes/portal/guide';
import { DueDatePage } from './routes/portal/due-date';
import { SearchPage } from './routes/portal/search';
import { SitemapPage } from './routes/portal/sitemap';
import { AuthCallbackPage } from './routes/auth-callback';
import { ConsoleHomePage } from './routes/console/home';
import { ObligationsPage } from './routes/console/obligations';
import { CalendarAdminPage } from './routes/console/calendar';
import { AuditPage } from './routes/console/audit';
import { NotFoundPage } from './routes/not-found';
import { CataloguePage } from './routes/portal/catalogue';
import { ItemPage } from './routes/portal/item';
import { ItemsPage } from './routes/console/items';
import { ItemNewPage } from './routes/console/item-new';
import { ItemDetailPage } from './routes/console/item-detail';
import { ReviewQueuePage } from './routes/console/review';
import { CatalogueEditorPage } from './routes/console/catalogue';
import { NormativePage } from './routes/console/normative';
import { EnquiriesPage } from './routes/portal/enquiries';
import { EnquiryNewPage } from './routes/portal/enquiry-new';
import { EnquiryTrackPage } from './routes/portal/enquiry-track';
import { EnquiriesQueuePage } from './routes/console/enquiries';
import { EnquiryDetailPage } from './routes/console/enquiry-detail';
import { ApplyPage } from './routes/portal/apply';
import { ApplyTrackPage } from './routes/portal/apply-track';
import { ApplicationsQueuePage } from './routes/console/applications';
import { ApplicationDetailPage } from './routes/console/application-detail';
import { LettersQueuePage } from './routes/console/letters';

export const routes = [
  {
    path: '/',
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'guide', element: <GuidePage /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'catalogue/:code', element: <CataloguePage /> },
      { path: 'items/:id', element: <ItemPage /> },
      { path: 'enquiries', element: <EnquiriesPage /> },
      { path: 'apply', element: <ApplyPage /> },
      { path: 'apply/track', element: <ApplyTrackPage /> },
      { path: 'enquiries/new', element: <EnquiryNewPage /> },
      { path: 'enquiries/track', element: <EnquiryTrackPage /> },
      { path: 'tools/due-date', element: <DueDatePage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'sitemap', element: <SitemapPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  { path: '/auth/callback', element: <AuthCallbackPage /> },
  {
    path: '/console',
    element: <ConsoleLayout />,
    children: [
      { index: true, element: <ConsoleHomePage /> },
      { path: 'obligations', element: <ObligationsPage /> },
      { path: 'items', element: <ItemsPage /> },
      { path: 'items/new', element: <ItemNewPage /> },
      { path: 'items/:id', element: <ItemDetailPage /> },
      { path: 'review', element: <ReviewQueuePage /> },
      { path: 'catalogue', element: <CatalogueEditorPage /> },
      { path: 'normative', element: <NormativePage /> },
      { path: 'enquiries', element: <EnquiriesQueuePage /> },
      { path: 'enquiries/:id', element: <EnquiryDetailPage /> },
      { path: 'applications', element: <ApplicationsQueuePage /> },
      { path: 'applications/:id', element: <ApplicationDetailPage /> },
      { path: 'letters', element: <LettersQueuePage /> },
      { path: 'calendar', element: <CalendarAdminPage /> },
      { path: 'audit', element: <AuditPage /> },
    ],
  },
];

export function AppRouter() {
  return <RouterProvider router={createBrowserRouter(routes)} />;
}
