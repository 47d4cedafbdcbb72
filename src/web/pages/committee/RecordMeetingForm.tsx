import { meetingKinds, type MeetingKind } from '../../../core/committee/vocabulary.js';
import { committeeApi } from '../../api/committee.js';
import { TextField, useFields } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/zh-TW.js';
import { FormSection } from './FormSection.js';
import { SelectField } from './SelectField.js';
import { labelledOptions } from './words.js';

const TEXT_FIELDS = [
  ['code', 'committee.code', 'text'],
  ['title', 'committee.title', 'text'],
  ['term', 'committee.term', 'number'],
  ['sequence', 'committee.sequence', 'number'],
  ['date', 'committee.date', 'date'],
  ['startTime', 'committee.startTime', 'time'],
  ['endTime', 'committee.endTime', 'time'],
  ['place', 'committee.place', 'text'],
  ['chair', 'committee.chair', 'text'],
  ['recorder', 'committee.recorder', 'text'],
  ['attendance', 'committee.attendance', 'text'],
] as const satisfies readonly (readonly [string, MessageKey, string])[];
type FieldName = (typeof TEXT_FIELDS)[number][0];
const OPTIONAL: ReadonlySet<FieldName> = new Set(['endTime', 'recorder']);

/** 新增會議: kind, term and sequence, date and times, place, chair, recorder, attendance. */
export function RecordMeetingForm({ city, onRecorded }: { city: string; onRecorded: () => void }) {
  const { t } = useI18n();
  const empty = Object.fromEntries(TEXT_FIELDS.map(([name]) => [name, ''])) as Record<
    FieldName,
    string
  >;
  const { values, field, reset } = useFields<{ kind: MeetingKind } & Record<FieldName, string>>(
    { kind: 'plenary', ...empty },
    'meeting',
  );
  const submit = () =>
    committeeApi.createMeeting({
      params: { city },
      body: {
        code: values.code,
        kind: values.kind,
        term: Number(values.term),
        sequence: Number(values.sequence),
        title: values.title,
        date: values.date,
        startTime: values.startTime,
        endTime: values.endTime || null,
        place: values.place,
        chair: values.chair,
        recorder: values.recorder || null,
        attendance: { text: values.attendance },
      },
    });
  return (
    <FormSection
      id="record-meeting"
      heading={t('committee.record')}
      submitLabel={t('committee.recordSubmit')}
      submit={submit}
      clear={() => reset(...TEXT_FIELDS.map(([name]) => name))}
      onDone={onRecorded}
    >
      <SelectField
        {...field('kind', t('committee.kind'))}
        options={labelledOptions(t, 'meetingKind', meetingKinds)}
      />
      {TEXT_FIELDS.map(([name, label, type]) => (
        <TextField
          key={name}
          {...field(name, t(label))}
          type={type}
          required={!OPTIONAL.has(name)}
          {...(type === 'number' ? { min: 1 } : {})}
        />
      ))}
    </FormSection>
  );
}
