import { sql, type Kysely } from 'kysely';
import {
  agendaItemKinds,
  commentChannels,
  followUpStates,
  meetingKinds,
  memberCategories,
  memberRoles,
  writtenCommentForms,
} from '../../core/committee/vocabulary.js';
import { followUpEvents } from '../../core/committee/follow-up.js';
import { followUpSubjectKinds } from '../../core/committee/follow-up-record.js';
import { oneOf } from './one-of.js';
import { dropTables } from './steps.js';

/**
 * The committee (推動會): one per city, its terms, groups, members, meetings with agenda items,
 * members' comments point by point (sub-points as rows of the same table, sub_point '' for the
 * whole point), rulings, resolutions and, per point or resolution and agency, an assignment with
 * its due date, state and the reply/closure history. Words are stored verbatim; our reading of
 * which agencies a point concerns is kept apart (concerns) from the assignments made of it.
 *
 * Foreign keys carry the rules the database can hold: a comment's member serves on the meeting's
 * term (the comment copies the meeting's term, and (member, term) references member terms); every
 * agency is one of the city's (city_id is part of each agency key). Those checks wait for the
 * commit (DEFERRABLE INITIALLY DEFERRED, as discussion_threads' agency does): deleting a city
 * cascades by several paths, and a check at once would see an agency gone before the
 * assignments naming it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE committees (
    city_id text PRIMARY KEY REFERENCES cities(id) ON DELETE CASCADE,
    name text NOT NULL,
    name_en text,
    secretariat_code text NOT NULL,
    source_code text NOT NULL,
    sources jsonb NOT NULL,
    notes jsonb,
    FOREIGN KEY (city_id, secretariat_code) REFERENCES agencies(city_id, code)
      DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  await sql`CREATE TABLE committee_agencies (
    city_id text NOT NULL REFERENCES committees(city_id) ON DELETE CASCADE,
    code text NOT NULL,
    position int NOT NULL,
    PRIMARY KEY (city_id, code),
    FOREIGN KEY (city_id, code) REFERENCES agencies(city_id, code) ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE TABLE committee_terms (
    city_id text NOT NULL REFERENCES committees(city_id) ON DELETE CASCADE,
    number int NOT NULL CHECK (number >= 1),
    name text NOT NULL,
    start_date date,
    end_date date,
    member_count int CHECK (member_count >= 1),
    source_code text NOT NULL,
    notes jsonb,
    position int NOT NULL,
    PRIMARY KEY (city_id, number)
  )`.execute(db);
  await sql`CREATE TABLE committee_groups (
    city_id text NOT NULL REFERENCES committees(city_id) ON DELETE CASCADE,
    code text NOT NULL,
    name text NOT NULL,
    name_en text,
    notes jsonb,
    position int NOT NULL,
    PRIMARY KEY (city_id, code)
  )`.execute(db);
  await sql`CREATE TABLE committee_group_agencies (
    city_id text NOT NULL,
    group_code text NOT NULL,
    agency_code text NOT NULL,
    lead boolean NOT NULL,
    position int NOT NULL,
    PRIMARY KEY (city_id, group_code, lead, agency_code),
    FOREIGN KEY (city_id, group_code) REFERENCES committee_groups(city_id, code) ON DELETE CASCADE,
    FOREIGN KEY (city_id, agency_code) REFERENCES agencies(city_id, code)
      DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  await sql`CREATE TABLE committee_members (
    city_id text NOT NULL REFERENCES committees(city_id) ON DELETE CASCADE,
    id int GENERATED ALWAYS AS IDENTITY,
    name text NOT NULL,
    title text,
    category text CHECK (${oneOf('category', memberCategories)}),
    role text NOT NULL CHECK (${oneOf('role', memberRoles)}),
    email text,
    username text,
    notes jsonb,
    position int NOT NULL,
    PRIMARY KEY (city_id, id),
    UNIQUE (city_id, name),
    FOREIGN KEY (city_id, username) REFERENCES users(city_id, username) ON DELETE SET NULL (username)
  )`.execute(db);
  await sql`CREATE TABLE committee_member_terms (
    city_id text NOT NULL,
    member_id int NOT NULL,
    term int NOT NULL,
    position int NOT NULL,
    PRIMARY KEY (city_id, member_id, term),
    FOREIGN KEY (city_id, member_id) REFERENCES committee_members(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, term) REFERENCES committee_terms(city_id, number) ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE TABLE committee_member_groups (
    city_id text NOT NULL,
    member_id int NOT NULL,
    group_code text NOT NULL,
    position int NOT NULL,
    PRIMARY KEY (city_id, member_id, group_code),
    FOREIGN KEY (city_id, member_id) REFERENCES committee_members(city_id, id) ON DELETE CASCADE,
    FOREIGN KEY (city_id, group_code) REFERENCES committee_groups(city_id, code) ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE TABLE committee_meetings (
    city_id text NOT NULL REFERENCES committees(city_id) ON DELETE CASCADE,
    code text NOT NULL,
    kind text NOT NULL CHECK (${oneOf('kind', meetingKinds)}),
    term int NOT NULL,
    sequence int NOT NULL CHECK (sequence >= 1),
    title text NOT NULL,
    date date NOT NULL,
    start_time text NOT NULL,
    end_time text,
    place text NOT NULL,
    chair_member_id int NOT NULL,
    attendance_text text NOT NULL,
    attendance_members jsonb,
    recorder text,
    chair_remarks text,
    report_matters_note text,
    reply_days int NOT NULL CHECK (reply_days BETWEEN 1 AND 366),
    minutes_sent_on date,
    minutes_published_on date,
    source_code text NOT NULL,
    notes jsonb,
    position int NOT NULL,
    PRIMARY KEY (city_id, code),
    UNIQUE (city_id, code, term),
    FOREIGN KEY (city_id, term) REFERENCES committee_terms(city_id, number)
      DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, chair_member_id, term)
      REFERENCES committee_member_terms(city_id, member_id, term) DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  await sql`CREATE TABLE committee_agenda_items (
    city_id text NOT NULL,
    meeting_code text NOT NULL,
    number int NOT NULL CHECK (number >= 1),
    kind text NOT NULL CHECK (${oneOf('kind', agendaItemKinds)}),
    title text NOT NULL,
    presentation_heading text,
    presentation_summary text,
    presenting_agency text,
    ruling text,
    notes jsonb,
    PRIMARY KEY (city_id, meeting_code, number),
    CHECK ((presentation_heading IS NULL) = (presentation_summary IS NULL)),
    FOREIGN KEY (city_id, meeting_code) REFERENCES committee_meetings(city_id, code) ON DELETE CASCADE,
    FOREIGN KEY (city_id, presenting_agency) REFERENCES agencies(city_id, code)
      DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  await sql`CREATE TABLE committee_comments (
    city_id text NOT NULL,
    meeting_code text NOT NULL,
    term int NOT NULL,
    item int NOT NULL,
    number int NOT NULL CHECK (number >= 1),
    member_id int NOT NULL,
    channel text NOT NULL CHECK (${oneOf('channel', commentChannels)}),
    written_form text CHECK (${oneOf('written_form', writtenCommentForms)}),
    PRIMARY KEY (city_id, meeting_code, item, number),
    CHECK ((channel = 'oral') = (written_form IS NULL)),
    FOREIGN KEY (city_id, meeting_code, item)
      REFERENCES committee_agenda_items(city_id, meeting_code, number) ON DELETE CASCADE,
    FOREIGN KEY (city_id, meeting_code, term) REFERENCES committee_meetings(city_id, code, term)
      DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (city_id, member_id, term)
      REFERENCES committee_member_terms(city_id, member_id, term) DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  // A point (sub_point '') and its sub-points (a, b …), verbatim, with our reading beside them.
  await sql`CREATE TABLE committee_points (
    city_id text NOT NULL,
    meeting_code text NOT NULL,
    item int NOT NULL,
    comment int NOT NULL,
    number int NOT NULL CHECK (number >= 1),
    sub_point text NOT NULL CHECK (sub_point ~ '^[a-z]?$'),
    text text NOT NULL CHECK (length(text) > 0),
    concerns jsonb,
    reading text,
    PRIMARY KEY (city_id, meeting_code, item, comment, number, sub_point),
    CHECK (length(sub_point) > 0 OR concerns IS NOT NULL),
    FOREIGN KEY (city_id, meeting_code, item, comment)
      REFERENCES committee_comments(city_id, meeting_code, item, number) ON DELETE CASCADE
  )`.execute(db);
  await sql`CREATE TABLE committee_resolutions (
    city_id text NOT NULL,
    meeting_code text NOT NULL,
    number int NOT NULL CHECK (number >= 1),
    text text NOT NULL CHECK (length(text) > 0),
    concerns jsonb NOT NULL,
    reading text,
    PRIMARY KEY (city_id, meeting_code, number),
    FOREIGN KEY (city_id, meeting_code) REFERENCES committee_meetings(city_id, code) ON DELETE CASCADE
  )`.execute(db);
  // One row per subject and agency: a point's (item, comment, number, sub_point) or a resolution.
  await sql`CREATE TABLE committee_assignments (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    meeting_code text NOT NULL,
    subject_kind text NOT NULL CHECK (${oneOf('subject_kind', followUpSubjectKinds)}),
    item int,
    comment int,
    number int NOT NULL,
    sub_point text,
    agency_code text NOT NULL,
    due_date date,
    due_date_fixed boolean NOT NULL DEFAULT false,
    state text NOT NULL DEFAULT 'open' CHECK (${oneOf('state', followUpStates)}),
    reply_text text,
    reply_date date,
    note text,
    version int NOT NULL DEFAULT 1,
    PRIMARY KEY (city_id, id),
    CHECK ((reply_text IS NULL) = (reply_date IS NULL)),
    CHECK (CASE subject_kind
      WHEN 'point' THEN item IS NOT NULL AND comment IS NOT NULL AND sub_point IS NOT NULL
      WHEN 'resolution' THEN item IS NULL AND comment IS NULL AND sub_point IS NULL
    END),
    FOREIGN KEY (city_id, meeting_code, item, comment, number, sub_point)
      REFERENCES committee_points(city_id, meeting_code, item, comment, number, sub_point)
      ON DELETE CASCADE,
    FOREIGN KEY (city_id, meeting_code) REFERENCES committee_meetings(city_id, code) ON DELETE CASCADE,
    FOREIGN KEY (city_id, agency_code) REFERENCES agencies(city_id, code)
      DEFERRABLE INITIALLY DEFERRED
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX committee_assignments_subject_agency ON committee_assignments
    (city_id, meeting_code, subject_kind, coalesce(item, 0), coalesce(comment, 0), number,
     coalesce(sub_point, ''), agency_code)`.execute(db);
  // The overdue list per agency: awaiting a reply, due before a day.
  await sql`CREATE INDEX committee_assignments_awaiting ON committee_assignments
    (city_id, agency_code, due_date) WHERE state IN ('open', 'kept_open')`.execute(db);
  // Each reply, closure and keeping open, in order: the conversation behind the latest state.
  await sql`CREATE TABLE committee_assignment_events (
    city_id text NOT NULL,
    id int GENERATED ALWAYS AS IDENTITY,
    assignment_id int NOT NULL,
    event text NOT NULL CHECK (${oneOf('event', followUpEvents)}),
    body text,
    on_date date NOT NULL,
    actor text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (city_id, id),
    FOREIGN KEY (city_id, assignment_id) REFERENCES committee_assignments(city_id, id)
      ON DELETE CASCADE
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, [
    'committee_assignment_events',
    'committee_assignments',
    'committee_resolutions',
    'committee_points',
    'committee_comments',
    'committee_agenda_items',
    'committee_meetings',
    'committee_member_groups',
    'committee_member_terms',
    'committee_members',
    'committee_group_agencies',
    'committee_groups',
    'committee_terms',
    'committee_agencies',
    'committees',
  ]);
}
