import { can } from '../../../core/permissions.js';
import { reportFormats } from '../../../core/vocabulary/lists.js';
import type { MeetingSummary } from '../../../contracts/api/committee.js';
import { useAgencyName } from '../../api/agencies.js';
import { committeeApi, followUpTableHref } from '../../api/committee.js';
import { useApi } from '../../api/use-api.js';
import { DEFAULT_CITY, planOf } from '../../app/plan-context.js';
import { hrefFor } from '../../app/routes.js';
import { useSession } from '../../app/session-context.js';
import { DataTable } from '../../components/DataTable.js';
import { Loaded, Loading } from '../../components/Feedback.js';
import { formatDate } from '../../format/dates.js';
import { cardColumns } from './words.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * 推動會 for everyone: the published minutes, and how each agency stands with the points and
 * resolutions assigned to it; signed-in people also find their own committee work from here.
 */
export function CommitteePage({ query }: { query: URLSearchParams }) {
  const { t, locale } = useI18n();
  const { city } = planOf(query);
  const agencyName = useAgencyName(city);
  const [meetings, retryMeetings] = useApi(`committee/${city}/meetings`, (signal) =>
    committeeApi.meetings(city, signal),
  );
  const [status, retryStatus] = useApi(`committee/${city}/status`, (signal) =>
    committeeApi.followUpStatus(city, signal),
  );
  return (
    <>
      <h1>{t('committee.heading')}</h1>
      <WorkLinks />
      {/* Both sections at once: one answering first would push the other down (layout shift). */}
      {meetings.state === 'loading' || status.state === 'loading' ? (
        <Loading />
      ) : (
        <>
          <Section id="meetings" heading={t('committee.meetings')}>
            <Loaded value={meetings} retry={retryMeetings}>
              {(list) => (
                <DataTable
                  name={{ labelledBy: 'meetings-heading' }}
                  rows={list.filter((m) => m.minutesPublishedOn !== null)}
                  rowKey={(m) => m.code}
                  empty={<p>{t('committee.noMeetings')}</p>}
                  className="cards"
                  columns={cardColumns<MeetingSummary>([
                    {
                      heading: t('committee.meeting'),
                      cell: (m: MeetingSummary) => (
                        <a
                          href={hrefFor(
                            { page: 'minutes', meeting: m.code },
                            { city: cityQuery(city) },
                          )}
                        >
                          {m.title}
                        </a>
                      ),
                    },
                    {
                      heading: t('committee.kind'),
                      cell: (m) => t(`meetingKind.${m.kind}`),
                    },
                    {
                      heading: t('committee.date'),
                      cell: (m) => formatDate(m.date, locale),
                      className: 'nowrap',
                    },
                  ])}
                />
              )}
            </Loaded>
          </Section>
          <Section id="follow-up" heading={t('committee.followUpHeading')}>
            <p className="figure-note">{t('committee.followUpNote')}</p>
            <Loaded value={status} retry={retryStatus}>
              {(data) => (
                <DataTable
                  caption={t('committee.statusAsOf', { date: formatDate(data.asOf, locale) })}
                  captionId="follow-up-caption"
                  rows={data.agencies}
                  rowKey={(a) => a.agency}
                  empty={<p>{t('committee.noFollowUp')}</p>}
                  columns={[
                    {
                      heading: t('committee.agency'),
                      cell: (a) => agencyName(a.agency, a.agencyName),
                      className: 'nowrap',
                    },
                    { heading: t('committee.assigned'), cell: (a) => a.assigned, numeric: true },
                    { heading: t('committee.answered'), cell: (a) => a.answered, numeric: true },
                    { heading: t('committee.overdue'), cell: (a) => a.overdue, numeric: true },
                    { heading: t('committee.closed'), cell: (a) => a.closed, numeric: true },
                  ]}
                />
              )}
            </Loaded>
            <h3>{t('committee.followUpDownload')}</h3>
            <ul className="downloads">
              {reportFormats.map((format) => (
                <li key={format}>
                  <a href={followUpTableHref(city, format)} download>
                    {t('committee.downloadFormat', { format: format.toUpperCase() })}
                  </a>
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </>
  );
}

/** The city in the address only when it is not the default one. */
export const cityQuery = (city: string) => (city === DEFAULT_CITY ? undefined : city);

/** The committee work the signed-in account may do: record meetings, reply, hand in a comment. */
function WorkLinks() {
  const { t } = useI18n();
  const { user } = useSession();
  if (!user) return null;
  const links = [
    can(user, user.city, 'committee.manage') && {
      route: { page: 'committeeSecretariat' } as const,
      label: t('committee.secretariat'),
    },
    user.role === 'agency_editor' &&
      can(user, user.city, 'committee.reply') && {
        route: { page: 'committeeReplies' } as const,
        label: t('committee.replies'),
      },
    user.role === 'committee_member' && {
      route: { page: 'committeeComment' } as const,
      label: t('committee.comment'),
    },
  ].filter((link) => link !== false);
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('committee.work')}>
      <ul className="download-links">
        {links.map((link) => (
          <li key={link.route.page}>
            <a className="button-link" href={hrefFor(link.route)}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
