import { useState, type ReactNode } from 'react';
import type { FollowUpSubjectInput } from '../../../contracts/api/committee.js';
import type { MeetingDocument } from '../../../contracts/committee-document.js';
import { sectorCodes, type SectorCode } from '../../../core/vocabulary/lists.js';
import { committeeApi } from '../../api/committee.js';
import { indicatorsApi } from '../../api/indicators.js';
import { fetchPlans } from '../../api/plan-summary.js';
import { latest, useApi } from '../../api/use-api.js';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';
import { localName } from '../../i18n/names.js';
import { FormSection } from './FormSection.js';
import { SelectField } from './SelectField.js';
import { subjectsOf, type Subject } from './subjects.js';
import { labelledOptions } from './words.js';

interface LinkProps {
  city: string;
  meeting: MeetingDocument;
  onDone: () => void;
}

/** With the city's indicators' names by code (the indicator links show and pick by name). */
type NamedLinkProps = LinkProps & { indicatorNames: ReadonlyMap<string, string> };

/** A member's points (and sub-points), the only subjects that link to a measure or a sector. */
const pointsOf = (meeting: MeetingDocument) =>
  subjectsOf(meeting).filter((s) => s.subject.kind === 'point');

const pointLabel = (s: Subject) =>
  `${s.reference} ${s.member ?? ''} ${s.text.length > 30 ? `${s.text.slice(0, 30)}…` : s.text}`;

/**
 * 意見連結: a point linked to a measure or an indicator (it then shows on that page) or to a
 * sector as a whole (shown with the sector's measures), and each link with its remove button.
 * Agencies are linked by the point's concerns and assignments (列管), not here.
 */
export function PointLinks({ city, meeting, onDone }: LinkProps) {
  const { locale } = useI18n();
  const [indicators] = useApi(`link-indicators/${city}`, (signal) =>
    indicatorsApi.list(city, signal),
  );
  const indicatorNames = new Map(
    (latest(indicators)?.indicators ?? []).map((i) => [i.code, localName(i, locale)]),
  );
  if (pointsOf(meeting).length === 0) return null;
  const props = { city, meeting, onDone };
  return (
    <>
      <LinkMeasureForm {...props} />
      <LinkSectorForm {...props} />
      <LinkIndicatorForm {...props} indicatorNames={indicatorNames} />
      <CurrentLinks {...props} indicatorNames={indicatorNames} />
    </>
  );
}

/**
 * The one form every kind of link is made with: the point (the meeting's first by default),
 * then the kind's own fields; `link` is called with the chosen point. While `ready` is false
 * (what the fields pick from has not loaded, or there is nothing to pick) there is no form.
 */
function LinkForm({
  id,
  heading,
  submitLabel,
  meeting,
  link,
  ready = true,
  onDone,
  children,
}: {
  id: string;
  heading: string;
  submitLabel: string;
  meeting: MeetingDocument;
  link: (subject: FollowUpSubjectInput) => Promise<unknown>;
  ready?: boolean;
  onDone: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const points = pointsOf(meeting);
  const [key, setKey] = useState(points[0]?.key ?? '');
  const point = points.find((p) => p.key === key) ?? points[0];
  if (!point) return null;
  // Nothing to pick yet (loading) or at all: the fields say which, and there is no button.
  if (!ready)
    return (
      <Section id={id} heading={heading}>
        {children}
      </Section>
    );
  return (
    <FormSection
      id={id}
      heading={heading}
      submitLabel={submitLabel}
      submit={() => link(point.subject)}
      onDone={onDone}
    >
      <SelectField
        id={`${id}-point`}
        label={t('committee.point')}
        value={point.key}
        onChange={setKey}
        options={points.map((s) => ({ value: s.key, label: pointLabel(s) }))}
      />
      {children}
    </FormSection>
  );
}

/** The chosen option, or the first when none is chosen yet (or the choice is gone). */
function chosen<T>(options: readonly T[], matches: (option: T) => boolean): T | undefined {
  return options.find(matches) ?? options[0];
}

/** A measure picked by plan, then among that plan's measures: nothing typed by hand. */
function LinkMeasureForm({ city, meeting, onDone }: LinkProps) {
  const { t, locale } = useI18n();
  const [planCode, setPlanCode] = useState('');
  const [measureKey, setMeasureKey] = useState('');
  const [plans] = useApi(`link-plans/${city}`, (signal) => fetchPlans(city, signal));
  const plan = chosen(latest(plans) ?? [], (p) => p.code === planCode);
  const [measures] = useApi(`link-measures/${city}/${plan?.code ?? ''}`, (signal) =>
    plan ? committeeApi.planMeasures(city, plan.code, signal) : Promise.resolve([]),
  );
  const keyOf = (m: { sector: string; no: number }) => `${m.sector}/${m.no}`;
  const measure = chosen(latest(measures) ?? [], (m) => keyOf(m) === measureKey);
  return (
    <LinkForm
      id="link-measure"
      heading={t('committee.linkMeasure')}
      submitLabel={t('committee.linkMeasureSubmit')}
      meeting={meeting}
      ready={plan !== undefined && measure !== undefined}
      link={(subject) =>
        committeeApi.linkMeasure({
          params: { city, meeting: meeting.code },
          body: {
            subject,
            plan: plan?.code ?? '',
            sector: measure?.sector ?? '',
            no: measure?.no ?? 0,
          },
        })
      }
      onDone={onDone}
    >
      <SelectField
        id="link-measure-plan"
        label={t('committee.plan')}
        value={plan?.code ?? ''}
        onChange={(code) => {
          setPlanCode(code);
          setMeasureKey('');
        }}
        options={(latest(plans) ?? []).map((p) => ({ value: p.code, label: localName(p, locale) }))}
      />
      {latest(measures)?.length === 0 ? (
        <p>{t('committee.noMeasures')}</p>
      ) : (
        <SelectField
          id="link-measure-measure"
          label={t('committee.measure')}
          value={measure ? keyOf(measure) : ''}
          onChange={setMeasureKey}
          options={(latest(measures) ?? []).map((m) => ({
            value: keyOf(m),
            label: `${t(`sector.${m.sector}`)} ${m.no} ${m.name}`,
          }))}
        />
      )}
    </LinkForm>
  );
}

function LinkSectorForm({ city, meeting, onDone }: LinkProps) {
  const { t } = useI18n();
  const [sector, setSector] = useState<SectorCode>('transport');
  return (
    <LinkForm
      id="link-sector"
      heading={t('committee.linkSector')}
      submitLabel={t('committee.linkSectorSubmit')}
      meeting={meeting}
      link={(subject) =>
        committeeApi.linkSector({
          params: { city, meeting: meeting.code },
          body: { subject, sector },
        })
      }
      onDone={onDone}
    >
      <SelectField
        id="link-sector-sector"
        label={t('committee.sector')}
        value={sector}
        onChange={setSector}
        options={labelledOptions(t, 'sector', sectorCodes)}
      />
    </LinkForm>
  );
}

function LinkIndicatorForm({ city, meeting, onDone, indicatorNames: names }: NamedLinkProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const codes = [...names.keys()];
  const indicator = chosen(codes, (c) => c === code);
  return (
    <LinkForm
      id="link-indicator"
      heading={t('committee.linkIndicator')}
      submitLabel={t('committee.linkIndicatorSubmit')}
      meeting={meeting}
      ready={indicator !== undefined}
      link={(subject) =>
        committeeApi.linkIndicator({
          params: { city, meeting: meeting.code },
          body: { subject, indicator: indicator ?? '' },
        })
      }
      onDone={onDone}
    >
      {indicator === undefined ? (
        <p>{t('committee.noIndicators')}</p>
      ) : (
        <SelectField
          id="link-indicator-indicator"
          label={t('committee.indicator')}
          value={indicator}
          onChange={setCode}
          options={codes.map((c) => ({ value: c, label: names.get(c) ?? c }))}
        />
      )}
    </LinkForm>
  );
}

/** A point as a query string names it (…?item=1&comment=2&point=3&subPoint=a). */
interface PointLinkRow {
  item: number;
  comment: number;
  point: number;
  subPoint?: string | undefined;
}

/** The meeting's links, each with its remove button. */
function CurrentLinks({ city, meeting, onDone, indicatorNames }: NamedLinkProps) {
  const { t } = useI18n();
  const action = useAction();
  const references = new Map(pointsOf(meeting).map((s) => [s.key, s.reference]));
  const referenceOf = (l: PointLinkRow) =>
    references.get(`p${l.item}.${l.comment}.${l.point}${l.subPoint ?? ''}`) ?? '';
  const pointQuery = (l: PointLinkRow) => ({
    item: l.item,
    comment: l.comment,
    point: l.point,
    ...(l.subPoint ? { subPoint: l.subPoint } : {}),
  });
  const params = { city, meeting: meeting.code };
  const followUp = meeting.followUp;
  /** Every link as one line: its words and how to remove it. */
  const lines: { key: string; words: string; remove: () => Promise<unknown> }[] = [
    ...(followUp?.measures ?? []).map((l) => ({
      key: `m${referenceOf(l)}${l.plan}${l.sector}${l.no}`,
      words: t('committee.linkedToMeasure', {
        reference: referenceOf(l),
        sector: t(`sector.${l.sector as SectorCode}`),
        no: l.no,
        plan: l.plan,
      }),
      remove: () =>
        committeeApi.unlinkMeasure({
          params,
          query: { ...pointQuery(l), plan: l.plan, sector: l.sector, no: l.no },
        }),
    })),
    ...(followUp?.sectors ?? []).map((l) => ({
      key: `s${referenceOf(l)}${l.sector}`,
      words: t('committee.linkedToSector', {
        reference: referenceOf(l),
        sector: t(`sector.${l.sector}`),
      }),
      remove: () =>
        committeeApi.unlinkSector({ params, query: { ...pointQuery(l), sector: l.sector } }),
    })),
    ...(followUp?.indicators ?? []).map((l) => ({
      key: `i${referenceOf(l)}${l.indicator}`,
      words: t('committee.linkedToIndicator', {
        reference: referenceOf(l),
        indicator: indicatorNames.get(l.indicator) ?? l.indicator,
      }),
      remove: () =>
        committeeApi.unlinkIndicator({
          params,
          query: { ...pointQuery(l), indicator: l.indicator },
        }),
    })),
  ];
  return (
    <Section id="point-links" heading={t('committee.links')}>
      {lines.length === 0 ? (
        <p>{t('committee.noLinks')}</p>
      ) : (
        <ul className="point-links">
          {lines.map((line) => (
            <li key={line.key}>
              {line.words}{' '}
              <button
                type="button"
                className="secondary"
                disabled={action.busy}
                onClick={() =>
                  void action.run(line.remove).then((done) => {
                    if (done) onDone();
                  })
                }
              >
                {t('committee.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {action.error && <ErrorMessage error={action.error} />}
    </Section>
  );
}
