import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { vocabularies, type VocabularyName } from '../core/vocabulary/all.js';
import { describeEachDatabase } from './test-support/databases.js';

/**
 * The core list each constrained column mirrors. A CHECK that lists a column's values must
 * list exactly the core list's values (the migration is history, the list is today's), and any
 * value a CHECK compares the column with must be one of them. A new migration that lists values
 * for a column not named here fails until it is.
 */
const mirrors: Record<string, VocabularyName> = {
  'carbon_budgets.cap_basis': 'capBasis',
  'carbon_budgets.status': 'budgetStatus',
  'committee_agenda_items.kind': 'agendaItemKind',
  'committee_assignment_events.event': 'followUpEvent',
  'committee_assignments.state': 'followUpState',
  'committee_assignments.subject_kind': 'followUpSubjectKind',
  'committee_comments.channel': 'commentChannel',
  'committee_comments.written_form': 'writtenCommentForm',
  'committee_meetings.kind': 'meetingKind',
  'committee_members.category': 'memberCategory',
  'committee_members.role': 'memberRole',
  'committee_reminders.kind': 'reminderKind',
  'credit_accounts.kind': 'creditAccountKind',
  'credit_operations.kind': 'creditOperationKind',
  'credit_projects.registration_status': 'projectRegistrationStatus',
  'discussion_threads.follow_up': 'followUpState',
  'discussion_threads.subject_kind': 'discussionSubjectKind',
  'emission_factors.gas': 'gas',
  'emission_figures.basis': 'emissionBasis',
  'emission_targets.kind': 'emissionTargetKind',
  'indicators.target_kind': 'targetKind',
  'inventories.gwp_set': 'gwpSet',
  'inventories.status': 'inventoryStatus',
  'inventory_entries.gas': 'gas',
  'inventory_entries.method': 'entryMethod',
  'inventory_entries.notation_key': 'notationKey',
  'inventory_entries.scope': 'scope',
  /** No CHECK lists the sectors (the import checks them); one compares a value with it. */
  'inventory_entries.sector': 'inventorySector',
  'plan_sectors.code': 'sector',
  'committee_point_sectors.sector_code': 'sector',
  'reductions.method': 'reductionMethod',
  'report_snapshots.kind': 'snapshotKind',
  'reporting_rounds.status': 'roundStatus',
  'results.basis': 'resultBasis',
  'sdg_indicator_versions.direction': 'indicatorDirection',
  'sdg_indicator_versions.kind': 'indicatorKind',
  'sources.kind': 'sourceKind',
  'submissions.state': 'storedSubmissionState',
  'users.role': 'role',
};

/** `'a'::text, 'b'::text` or `1, 2, 3` → ['a', 'b'] or ['1', '2', '3']. */
const valuesOf = (list: string) =>
  list.split(',').map((v) => v.trim().replace(/^'(.*)'::text$/, '$1'));

/** `CHECK ((role = ANY (ARRAY['admin'::text, …])))`, or `CHECK ((kind = 'results'::text))`. */
const wholeList = /^CHECK \(\((\w+) = (?:ANY \(ARRAY\[(.*)\]\)|('[^']*'::text))\)\)$/;
/** Any comparison of a column with literals inside a larger condition. */
const comparison = /\b(\w+) (?:=|<>) (?:(?:ANY|ALL) \(ARRAY\[([^\]]*)\]\)|('[^']*'::text))/g;

const sorted = (values: readonly (string | number)[]) => values.map(String).sort();

describeEachDatabase('CHECK constraints and the core lists', (getDb) => {
  async function checks() {
    const { rows } = await sql<{ table: string; definition: string }>`
      select conrelid::regclass::text as "table", pg_get_constraintdef(oid) as definition
      from pg_constraint
      where contype = 'c' and connamespace = 'public'::regnamespace`.execute(getDb().db);
    return rows;
  }

  it('list exactly the values of the core list each column mirrors', async () => {
    const listed = new Map<string, string[]>();
    for (const { table, definition } of await checks()) {
      const match = wholeList.exec(definition);
      if (match?.[1]) listed.set(`${table}.${match[1]}`, valuesOf(match[2] ?? match[3] ?? ''));
    }
    expect(listed.size).toBeGreaterThanOrEqual(20);
    for (const [column, values] of listed) {
      const name = mirrors[column];
      expect(name, `${column} lists values but mirrors no core list`).toBeDefined();
      if (name) expect(values.sort(), column).toEqual(sorted(vocabularies[name]));
    }
    const unlisted = Object.keys(mirrors).filter((c) => !listed.has(c));
    expect(unlisted).toEqual(['inventory_entries.sector']);
  });

  it('compare a column only with values of its list', async () => {
    let compared = 0;
    for (const { table, definition } of await checks())
      for (const [, column = '', list, single] of definition.matchAll(comparison)) {
        const name = mirrors[`${table}.${column}`];
        expect(name, `${table}.${column} is compared with literals: name its list`).toBeDefined();
        if (!name) continue;
        for (const value of valuesOf(list ?? single ?? ''))
          expect(sorted(vocabularies[name]), `${table}: ${definition}`).toContain(value);
        compared++;
      }
    expect(compared).toBeGreaterThan(30);
  });

  it('would notice a list that differs from its core list', () => {
    const drifted = "CHECK ((role = ANY (ARRAY['admin'::text, 'editor'::text])))";
    const match = wholeList.exec(drifted);
    expect(valuesOf(match?.[2] ?? '').sort()).not.toEqual(sorted(vocabularies.role));
  });
});
