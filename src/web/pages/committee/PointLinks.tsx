import { useState } from 'react';
import { sectorCodes, type SectorCode } from '../../../core/vocabulary/lists.js';
import type { MeetingDocument } from '../../../contracts/committee-document.js';
import { committeeApi } from '../../api/committee.js';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { TextField } from '../../components/Field.js';
import { Section } from '../../components/Section.js';
import { useI18n } from '../../i18n/i18n.js';
import { FormSection } from './FormSection.js';
import { SelectField } from './SelectField.js';
import { subjectsOf, type Subject } from './subjects.js';
import { labelledOptions } from './words.js';

interface LinkProps {
  city: string;
  meeting: MeetingDocument;
  onDone: () => void;
}

/** A member's points (and sub-points), the only subjects that link to a measure or a sector. */
const pointsOf = (meeting: MeetingDocument) =>
  subjectsOf(meeting).filter((s) => s.subject.kind === 'point');

const pointLabel = (s: Subject) =>
  `${s.reference} ${s.member ?? ''} ${s.text.length > 30 ? `${s.text.slice(0, 30)}…` : s.text}`;

/** The point a link form is about, chosen among the meeting's points (the first by default). */
function usePointChoice(meeting: MeetingDocument) {
  const points = pointsOf(meeting);
  const [key, setKey] = useState(points[0]?.key ?? '');
  return { points, point: points.find((p) => p.key === key) ?? points[0], setKey };
}

/** The sector select both link forms share. */
function SectorSelect(props: { id: string; value: SectorCode; onChange: (s: SectorCode) => void }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('committee.sector')}
      options={labelledOptions(t, 'sector', sectorCodes)}
      {...props}
    />
  );
}

/** The point select both link forms share. */
function PointSelect({
  id,
  points,
  value,
  onChange,
}: {
  id: string;
  points: readonly Subject[];
  value: string;
  onChange: (key: string) => void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t('committee.point')}
      value={value}
      onChange={onChange}
      options={points.map((s) => ({ value: s.key, label: pointLabel(s) }))}
    />
  );
}

/**
 * 意見連結: a point linked to a measure (it then shows on the measure's page) or to a sector as a
 * whole, and each link with its remove button. Agencies are linked by the point's concerns and
 * assignments (列管), not here.
 */
export function PointLinks({ city, meeting, onDone }: LinkProps) {
  const points = pointsOf(meeting);
  if (points.length === 0) return null;
  return (
    <>
      <LinkMeasureForm city={city} meeting={meeting} onDone={onDone} />
      <LinkSectorForm city={city} meeting={meeting} onDone={onDone} />
      <CurrentLinks city={city} meeting={meeting} onDone={onDone} />
    </>
  );
}

function LinkMeasureForm({ city, meeting, onDone }: LinkProps) {
  const { t } = useI18n();
  const { points, point, setKey } = usePointChoice(meeting);
  const [plan, setPlan] = useState('');
  const [sector, setSector] = useState<SectorCode>('transport');
  const [no, setNo] = useState('');
  if (!point) return null;
  return (
    <FormSection
      id="link-measure"
      heading={t('committee.linkMeasure')}
      submitLabel={t('committee.linkMeasureSubmit')}
      submit={() =>
        committeeApi.linkMeasure({
          params: { city, meeting: meeting.code },
          body: { subject: point.subject, plan, sector, no: Number(no) },
        })
      }
      onDone={() => {
        setNo('');
        onDone();
      }}
    >
      <PointSelect id="link-measure-point" points={points} value={point.key} onChange={setKey} />
      <TextField
        id="link-plan"
        label={t('committee.planCode')}
        value={plan}
        onChange={setPlan}
        required
      />
      <SectorSelect id="link-measure-sector" value={sector} onChange={setSector} />
      <TextField
        id="link-no"
        type="number"
        label={t('committee.measureNo')}
        value={no}
        onChange={setNo}
        required
      />
    </FormSection>
  );
}

function LinkSectorForm({ city, meeting, onDone }: LinkProps) {
  const { t } = useI18n();
  const { points, point, setKey } = usePointChoice(meeting);
  const [sector, setSector] = useState<SectorCode>('transport');
  if (!point) return null;
  return (
    <FormSection
      id="link-sector"
      heading={t('committee.linkSector')}
      submitLabel={t('committee.linkSectorSubmit')}
      submit={() =>
        committeeApi.linkSector({
          params: { city, meeting: meeting.code },
          body: { subject: point.subject, sector },
        })
      }
      onDone={onDone}
    >
      <PointSelect id="link-sector-point" points={points} value={point.key} onChange={setKey} />
      <SectorSelect id="link-sector-sector" value={sector} onChange={setSector} />
    </FormSection>
  );
}

/** The meeting's links, each with its remove button. */
function CurrentLinks({ city, meeting, onDone }: LinkProps) {
  const { t } = useI18n();
  const action = useAction();
  const references = new Map(pointsOf(meeting).map((s) => [s.key, s.reference]));
  const referenceOf = (l: {
    item: number;
    comment: number;
    point: number;
    subPoint?: string | undefined;
  }) => references.get(`p${l.item}.${l.comment}.${l.point}${l.subPoint ?? ''}`) ?? '';
  const pointQuery = (l: {
    item: number;
    comment: number;
    point: number;
    subPoint?: string | undefined;
  }) => ({
    item: l.item,
    comment: l.comment,
    point: l.point,
    ...(l.subPoint ? { subPoint: l.subPoint } : {}),
  });
  const remove = (call: () => Promise<unknown>) =>
    void action.run(call).then((done) => {
      if (done) onDone();
    });
  const measures = meeting.followUp?.measures ?? [];
  const sectors = meeting.followUp?.sectors ?? [];
  const params = { city, meeting: meeting.code };
  return (
    <Section id="point-links" heading={t('committee.links')}>
      {measures.length + sectors.length === 0 ? (
        <p>{t('committee.noLinks')}</p>
      ) : (
        <ul className="point-links">
          {measures.map((l) => (
            <li key={`m${referenceOf(l)}${l.plan}${l.sector}${l.no}`}>
              {t('committee.linkedToMeasure', {
                reference: referenceOf(l),
                sector: t(`sector.${l.sector as SectorCode}`),
                no: l.no,
                plan: l.plan,
              })}{' '}
              <button
                type="button"
                className="secondary"
                disabled={action.busy}
                onClick={() =>
                  remove(() =>
                    committeeApi.unlinkMeasure({
                      params,
                      query: { ...pointQuery(l), plan: l.plan, sector: l.sector, no: l.no },
                    }),
                  )
                }
              >
                {t('committee.unlink')}
              </button>
            </li>
          ))}
          {sectors.map((l) => (
            <li key={`s${referenceOf(l)}${l.sector}`}>
              {t('committee.linkedToSector', {
                reference: referenceOf(l),
                sector: t(`sector.${l.sector}`),
              })}{' '}
              <button
                type="button"
                className="secondary"
                disabled={action.busy}
                onClick={() =>
                  remove(() =>
                    committeeApi.unlinkSector({
                      params,
                      query: { ...pointQuery(l), sector: l.sector },
                    }),
                  )
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
