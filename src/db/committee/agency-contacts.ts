import type { Kysely } from 'kysely';
import { checkEmailAddress } from '../../core/committee/checks.js';
import type { AgencyContacts, MailContact } from '../../core/committee/reminder-message.js';
import { NetZeroError } from '../../core/errors.js';
import type { CityDocument } from '../../contracts/city-document.js';
import { appendAudit } from '../audit/append-audit.js';
import type { Tables } from '../tables.js';
import { deleteCityRows, selectCityRows } from '../city-scope.js';
import { childrenBy } from '../group-rows.js';
import { listAgencies } from '../city/agencies.js';

/**
 * Replaces the addresses an agency's reminders go to, in order. Every address passes the
 * committee's e-mail rule first (VALIDATION_FAILED at `contacts[i].address` otherwise, nothing
 * written); the same address twice is refused; an agency not of this city is NOT_FOUND. Audited
 * with the addresses before and after: reminders follow them, so who changed them matters.
 * @example setAgencyContacts(db, 'kaohsiung', 'tb', [{ name: '王承辦', address: 'clerk@tb.kcg.gov.tw' }], 'demo-epb')
 */
export async function setAgencyContacts(
  db: Kysely<Tables>,
  city: string,
  agency: string,
  contacts: readonly MailContact[],
  actor: string,
): Promise<MailContact[]> {
  const checked = contacts.map((c, i) => ({
    name: c.name?.trim() || null,
    address: checkEmailAddress(c.address, `contacts[${i}].address`),
  }));
  const seen = new Set<string>();
  checked.forEach((c, i) => {
    if (seen.has(c.address.toLowerCase()))
      throw new NetZeroError('VALIDATION_FAILED', `${c.address} is listed twice`, [
        { path: `contacts[${i}].address`, message: 'listed twice' },
      ]);
    seen.add(c.address.toLowerCase());
  });
  return db.transaction().execute(async (trx) => {
    const found = await selectCityRows(trx, 'agencies', city)
      .select('code')
      .where('code', '=', agency)
      .executeTakeFirst();
    if (!found)
      throw new NetZeroError('NOT_FOUND', `"${agency}" is not an agency of ${city}`, [
        { path: 'agency', message: 'not found' },
      ]);
    const before = await selectCityRows(trx, 'agency_contacts', city)
      .select(['name', 'address'])
      .where('agency_code', '=', agency)
      .orderBy('position')
      .execute();
    await deleteCityRows(trx, 'agency_contacts', city).where('agency_code', '=', agency).execute();
    if (checked.length)
      await trx
        .insertInto('agency_contacts')
        .values(
          checked.map((c, position) => ({ city_id: city, agency_code: agency, position, ...c })),
        )
        .execute();
    await auditContacts(trx, { city, agency, actor, before, after: checked, via: 'contacts' });
    return checked;
  });
}

function auditContacts(
  trx: Kysely<Tables>,
  change: {
    city: string;
    agency: string;
    actor: string;
    before: readonly MailContact[] | null;
    after: readonly MailContact[];
    via: 'contacts' | 'city';
  },
) {
  return appendAudit(trx, {
    city: change.city,
    actor: change.actor,
    action: 'committee.agency_contacts',
    entity: 'agency',
    entityKey: change.agency,
    before: change.before && { contacts: change.before },
    after: { contacts: change.after, via: change.via },
  });
}

/** A city import's audit entries for the agencies it gives mail contacts (one per agency). */
export async function auditImportedContacts(
  trx: Kysely<Tables>,
  doc: Pick<CityDocument, 'city' | 'agencies'>,
  actor: string,
): Promise<void> {
  for (const agency of doc.agencies) {
    if (!agency.contacts?.length) continue;
    const after = agency.contacts.map((c) => ({ name: c.name ?? null, address: c.address }));
    const change = { city: doc.city.code, agency: agency.code, actor, before: null, after };
    await auditContacts(trx, { ...change, via: 'city' });
  }
}

/** Every agency of the city with its mail contacts (none for most), in the city's order. */
export async function loadAgencyContacts(
  db: Kysely<Tables>,
  city: string,
): Promise<AgencyContacts[]> {
  const [agencies, contacts] = await Promise.all([
    listAgencies(db, city),
    selectCityRows(db, 'agency_contacts', city)
      .select(['agency_code', 'name', 'address'])
      .orderBy('agency_code')
      .orderBy('position')
      .execute(),
  ]);
  const contactsOf = childrenBy(contacts, 'agency_code');
  return agencies.map((a) => ({
    ...a,
    contacts: contactsOf(a.code).map((c) => ({ name: c.name, address: c.address })),
  }));
}
