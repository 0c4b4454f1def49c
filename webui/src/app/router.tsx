import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { PortalLayout } from '../features/shell/components/portal-layout';
import { HomePage } from './routes/portal/home';

/**
 * The routes, each page its own chunk loaded when it is opened (issue 16): the public portal never downloads the staff
 * console, and the home page loads only what it shows.
 */
export const routes = [
  {
    path: '/',
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'guide', lazy: () => import('./routes/portal/guide').then((m) => ({ Component: m.GuidePage })) },
      { path: 'catalogue', lazy: () => import('./routes/portal/catalogue').then((m) => ({ Component: m.CataloguePage })) },
      { path: 'catalogue/:code', lazy: () => import('./routes/portal/catalogue').then((m) => ({ Component: m.CataloguePage })) },
      { path: 'items/:id', lazy: () => import('./routes/portal/item').then((m) => ({ Component: m.ItemPage })) },
      { path: 'enquiries', lazy: () => import('./routes/portal/enquiries').then((m) => ({ Component: m.EnquiriesPage })) },
      { path: 'apply', lazy: () => import('./routes/portal/apply').then((m) => ({ Component: m.ApplyPage })) },
      { path: 'apply/track', lazy: () => import('./routes/portal/apply-track').then((m) => ({ Component: m.ApplyTrackPage })) },
      { path: 'enquiries/new', lazy: () => import('./routes/portal/enquiry-new').then((m) => ({ Component: m.EnquiryNewPage })) },
      { path: 'enquiries/track', lazy: () => import('./routes/portal/enquiry-track').then((m) => ({ Component: m.EnquiryTrackPage })) },
      { path: 'tools/due-date', lazy: () => import('./routes/portal/due-date').then((m) => ({ Component: m.DueDatePage })) },
      { path: 'search', lazy: () => import('./routes/portal/search').then((m) => ({ Component: m.SearchPage })) },
      { path: 'sitemap', lazy: () => import('./routes/portal/sitemap').then((m) => ({ Component: m.SitemapPage })) },
      { path: 'press', lazy: () => import('./routes/portal/press').then((m) => ({ Component: m.PressPage })) },
      { path: 'polls', lazy: () => import('./routes/portal/polls').then((m) => ({ Component: m.PollsPage })) },
      { path: 'meetings', lazy: () => import('./routes/portal/meetings').then((m) => ({ Component: m.MeetingsPage })) },
      { path: 'double-publicity', lazy: () => import('./routes/portal/double-publicity').then((m) => ({ Component: m.DoublePublicityPage })) },
      { path: 'meetings/:id', lazy: () => import('./routes/portal/meeting').then((m) => ({ Component: m.MeetingPage })) },
      { path: 'key-tasks', lazy: () => import('./routes/portal/key-tasks').then((m) => ({ Component: m.KeyTasksPage })) },
      { path: 'key-tasks/:id', lazy: () => import('./routes/portal/key-task').then((m) => ({ Component: m.KeyTaskPage })) },
      { path: 'annual-reports', lazy: () => import('./routes/portal/annual-reports').then((m) => ({ Component: m.AnnualReportsPage })) },
      { path: 'data-resources', lazy: () => import('./routes/portal/data-resources').then((m) => ({ Component: m.DataResourcesPage })) },
      { path: 'data-resources/:code', lazy: () => import('./routes/portal/data-resource').then((m) => ({ Component: m.DataResourcePage })) },
      { path: 'service-lists', lazy: () => import('./routes/portal/service-lists').then((m) => ({ Component: m.ServiceListsPage })) },
      { path: 'service-lists/:kind/:code', lazy: () => import('./routes/portal/service-entry').then((m) => ({ Component: m.ServiceEntryPage })) },
      { path: 'polls/:id', lazy: () => import('./routes/portal/poll').then((m) => ({ Component: m.PollPage })) },
      { path: 'consultations', lazy: () => import('./routes/portal/consultations').then((m) => ({ Component: m.ConsultationsPage })) },
      { path: 'consultations/:id', lazy: () => import('./routes/portal/consultation').then((m) => ({ Component: m.ConsultationPage })) },
      { path: '*', lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFoundPage })) },
    ],
  },
  { path: '/auth/callback', lazy: () => import('./routes/auth-callback').then((m) => ({ Component: m.AuthCallbackPage })) },
  {
    path: '/console',
    lazy: () => import('../features/shell/components/console-layout').then((m) => ({ Component: m.ConsoleLayout })),
    children: [
      { index: true, lazy: () => import('./routes/console/home').then((m) => ({ Component: m.ConsoleHomePage })) },
      { path: 'obligations', lazy: () => import('./routes/console/obligations').then((m) => ({ Component: m.ObligationsPage })) },
      { path: 'items', lazy: () => import('./routes/console/items').then((m) => ({ Component: m.ItemsPage })) },
      { path: 'items/new', lazy: () => import('./routes/console/item-new').then((m) => ({ Component: m.ItemNewPage })) },
      { path: 'items/:id', lazy: () => import('./routes/console/item-detail').then((m) => ({ Component: m.ItemDetailPage })) },
      { path: 'review', lazy: () => import('./routes/console/review').then((m) => ({ Component: m.ReviewQueuePage })) },
      { path: 'catalogue', lazy: () => import('./routes/console/catalogue').then((m) => ({ Component: m.CatalogueEditorPage })) },
      { path: 'normative', lazy: () => import('./routes/console/normative').then((m) => ({ Component: m.NormativePage })) },
      { path: 'enquiries', lazy: () => import('./routes/console/enquiries').then((m) => ({ Component: m.EnquiriesQueuePage })) },
      { path: 'enquiries/:id', lazy: () => import('./routes/console/enquiry-detail').then((m) => ({ Component: m.EnquiryDetailPage })) },
      { path: 'applications', lazy: () => import('./routes/console/applications').then((m) => ({ Component: m.ApplicationsQueuePage })) },
      { path: 'applications/:id', lazy: () => import('./routes/console/application-detail').then((m) => ({ Component: m.ApplicationDetailPage })) },
      { path: 'letters', lazy: () => import('./routes/console/letters').then((m) => ({ Component: m.LettersQueuePage })) },
      { path: 'calendar', lazy: () => import('./routes/console/calendar').then((m) => ({ Component: m.CalendarAdminPage })) },
      { path: 'audit', lazy: () => import('./routes/console/audit').then((m) => ({ Component: m.AuditPage })) },
      { path: 'press', lazy: () => import('./routes/console/press').then((m) => ({ Component: m.PressPage })) },
      { path: 'press/conferences/:id', lazy: () => import('./routes/console/press-conference').then((m) => ({ Component: m.PressConferencePage })) },
      { path: 'polls', lazy: () => import('./routes/console/polls').then((m) => ({ Component: m.PollsConsolePage })) },
      { path: 'meetings', lazy: () => import('./routes/console/meetings').then((m) => ({ Component: m.MeetingsConsolePage })) },
      { path: 'double-publicity', lazy: () => import('./routes/console/double-publicity').then((m) => ({ Component: m.DoublePublicityConsolePage })) },
      { path: 'inspections', lazy: () => import('./routes/console/inspections').then((m) => ({ Component: m.InspectionsConsolePage })) },
      { path: 'inspections/:id', lazy: () => import('./routes/console/inspection-detail').then((m) => ({ Component: m.InspectionDetailPage })) },
      { path: 'double-publicity/:id', lazy: () => import('./routes/console/double-publicity-detail').then((m) => ({ Component: m.DoublePublicityDetailPage })) },
      { path: 'meetings/:id', lazy: () => import('./routes/console/meeting-detail').then((m) => ({ Component: m.MeetingDetailPage })) },
      { path: 'key-tasks', lazy: () => import('./routes/console/key-tasks').then((m) => ({ Component: m.KeyTasksConsolePage })) },
      { path: 'key-tasks/:id', lazy: () => import('./routes/console/key-task-detail').then((m) => ({ Component: m.KeyTaskDetailPage })) },
      { path: 'data-resources', lazy: () => import('./routes/console/data-resources').then((m) => ({ Component: m.DataResourcesConsolePage })) },
      { path: 'dashboard', lazy: () => import('./routes/console/dashboard').then((m) => ({ Component: m.DashboardConsolePage })) },
      { path: 'assessment', lazy: () => import('./routes/console/assessment').then((m) => ({ Component: m.AssessmentConsolePage })) },
      { path: 'violations', lazy: () => import('./routes/console/violations').then((m) => ({ Component: m.ViolationsConsolePage })) },
      { path: 'annual-report', lazy: () => import('./routes/console/annual-report').then((m) => ({ Component: m.AnnualReportConsolePage })) },
      { path: 'data-sharing', lazy: () => import('./routes/console/data-sharing').then((m) => ({ Component: m.DataSharingConsolePage })) },
      { path: 'service-lists', lazy: () => import('./routes/console/service-lists').then((m) => ({ Component: m.ServiceListsConsolePage })) },
      { path: 'polls/:id', lazy: () => import('./routes/console/poll-detail').then((m) => ({ Component: m.PollDetailPage })) },
      { path: 'consultations', lazy: () => import('./routes/console/consultations').then((m) => ({ Component: m.ConsultationsConsolePage })) },
      { path: 'consultations/:id', lazy: () => import('./routes/console/consultation-detail').then((m) => ({ Component: m.ConsultationDetailPage })) },
      { path: 'opinion-events', lazy: () => import('./routes/console/opinion-events').then((m) => ({ Component: m.OpinionEventsPage })) },
      { path: 'opinion-events/:id', lazy: () => import('./routes/console/opinion-event-detail').then((m) => ({ Component: m.OpinionEventDetailPage })) },
    ],
  },
];

export function AppRouter() {
  return <RouterProvider router={createBrowserRouter(routes)} />;
}
