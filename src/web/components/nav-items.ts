import type { SessionUser } from '../../contracts/api/session.js';
import { can, type Action } from '../../core/permissions.js';
import type { Route } from '../app/routes.js';
import type { Translate } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/zh-TW.js';

type Page = Route['page'];
/** The pages a navigation link may open: those that take no parameters. */
type NavPage = Route extends infer R
  ? R extends { page: infer P }
    ? keyof R extends 'page'
      ? P
      : never
    : never
  : never;

/** One link of the banner's navigation, as the Layout draws it. */
export interface NavItem {
  route: Route;
  label: string;
  current: boolean;
}

/**
 * One entry of the navigation: the page it opens, the pages it is current on (its own by
 * default: a list page and its detail pages), and who sees it (everyone by default).
 */
interface NavEntry {
  page: NavPage;
  label: MessageKey | ((user: SessionUser) => MessageKey);
  currentOn?: (page: Page) => boolean;
  shown?: { signedIn: false } | { may: Action };
}

const onPages =
  (...pages: Page[]) =>
  (page: Page) =>
    pages.includes(page);

const entries: readonly NavEntry[] = [
  { page: 'overview', label: 'nav.overview' },
  { page: 'measures', label: 'nav.measures', currentOn: onPages('measures', 'measure') },
  { page: 'emissions', label: 'nav.emissions' },
  {
    page: 'committee',
    label: 'nav.committee',
    currentOn: (page) => page.startsWith('committee') || page === 'minutes',
  },
  { page: 'indicators', label: 'nav.indicators', currentOn: onPages('indicators', 'indicator') },
  { page: 'registries', label: 'nav.registries', currentOn: onPages('registries', 'registry') },
  { page: 'credits', label: 'nav.credits', currentOn: onPages('credits', 'creditProject') },
  { page: 'openData', label: 'nav.openData' },
  { page: 'reports', label: 'nav.reports', shown: { may: 'reports.read' } },
  {
    page: 'rounds',
    label: (user) => (user.role === 'admin' ? 'nav.review' : 'nav.submit'),
    currentOn: onPages('rounds', 'round', 'submission'),
    shown: { may: 'rounds.read' },
  },
  { page: 'users', label: 'nav.users', shown: { may: 'users.manage' } },
  { page: 'signIn', label: 'nav.signIn', shown: { signedIn: false } },
];

/**
 * The navigation a reader sees on `route`: the links they may follow, the current one marked.
 * `user` is undefined while the session is still being asked for: shown as signed out.
 */
export function navItems(
  route: Route,
  user: SessionUser | null | undefined,
  t: Translate,
): NavItem[] {
  return entries.flatMap(({ page, label, currentOn = onPages(page), shown }) => {
    const visible =
      shown === undefined || ('may' in shown ? !!user && can(user, user.city, shown.may) : !user);
    if (!visible) return [];
    // Only entries shown to a permission (a signed-in reader) word their label by the reader.
    const key = typeof label === 'string' ? label : user ? label(user) : undefined;
    return key ? [{ route: { page }, label: t(key), current: currentOn(route.page) }] : [];
  });
}
