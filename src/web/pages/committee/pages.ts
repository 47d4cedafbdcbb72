/** The committee's pages, loaded together as one chunk (App.tsx). */
export { CommentPage } from './CommentPage.js';
export { CommitteePage } from './CommitteePage.js';
export { MeetingWorkPage } from './MeetingWorkPage.js';
export { MinutesPage } from './MinutesPage.js';
export { RepliesPage } from './RepliesPage.js';
export { SecretariatPage } from './SecretariatPage.js';
