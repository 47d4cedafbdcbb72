/** Which submission a page shows: a round of a city, and one measure of it (sector + number). */
export interface SubmissionKey {
  city: string;
  id: number;
  sector: string;
  no: number;
}
